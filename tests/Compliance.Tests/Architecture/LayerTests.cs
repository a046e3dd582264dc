using System;
using System.Linq;
using System.Reflection;
using ChinaLabour.Compliance;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Architecture;

/// <summary>
/// The folders of src/Compliance depend one way, in the order the flow runs: each uses only the folders below it.
/// A use of a folder above — a cycle in the making — fails this test with the types that make it.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Bottom to top. The root namespace holds the entry points (RuleCatalogue, ComplianceChecker).</summary>
    private static readonly string[] s_layers =
    [
        "Text", "Yaml", "Snapshots", "Validation", "Expressions", "Catalogue", "Loading", "Checking", "Periods", "Waivers", "Reporting", "(root)", "Testing",
    ];

    private static readonly Assembly s_library = typeof(RuleCatalogue).Assembly;

    [Fact]
    public void Every_type_is_in_a_known_layer()
    {
        var unknown = s_library.GetTypes()
            .Where(t => Layer(t) is null && !IsOutside(t))
            .Select(t => t.FullName);

        unknown.Should().BeEmpty("every folder of src/Compliance has its place in the flow; add a new folder to the list in order");
    }

    [Fact]
    public void Each_folder_uses_only_folders_below_it()
    {
        var upward = (
            from type in s_library.GetTypes()
            let own = Layer(type)
            where own is not null
            from used in TypeReferences.Of(type)
            where used.Assembly == s_library
            let theirs = Layer(used)
            where theirs is not null && Array.IndexOf(s_layers, theirs) > Array.IndexOf(s_layers, own)
            select $"{own} → {theirs}: {Name(type)} uses {Name(used)}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        upward.Should().BeEmpty();
    }

    [Fact]
    public void The_test_sees_uses_that_a_using_line_would_hide()
    {
        // FactContext (Checking) builds WorkerFact views (Expressions): a downward use the reader must find in IL.
        TypeReferences.Of(s_library.GetType("ChinaLabour.Compliance.Checking.FactContext")!)
            .Select(t => t.Name)
            .Should().Contain(["WorkerFact", "EvaluationContext"]);
    }

    private static string? Layer(Type type)
    {
        var root = type;
        while (root.DeclaringType is { } outer)
        {
            root = outer;
        }

        var ns = root.Namespace;
        if (ns == "ChinaLabour.Compliance")
        {
            return "(root)";
        }

        if (ns is null || !ns.StartsWith("ChinaLabour.Compliance.", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = ns["ChinaLabour.Compliance.".Length..].Split('.')[0];
        return Array.IndexOf(s_layers, folder) >= 0 ? folder : null;
    }

    // Compiler-made types outside any namespace (<PrivateImplementationDetails>, embedded attributes) have no folder.
    private static bool IsOutside(Type type) => type.Namespace is null || type.Namespace.StartsWith("System", StringComparison.Ordinal)
        || type.Namespace.StartsWith("Microsoft", StringComparison.Ordinal);

    private static string Name(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
}
