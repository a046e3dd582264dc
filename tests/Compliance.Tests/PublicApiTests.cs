using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests;

/// <summary>The public API is a reviewed file: a change to it shows up in review as a change to PublicApi.approved.txt.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly s_library = typeof(RuleCatalogue).Assembly;

    [Fact]
    public void Public_api_matches_the_approved_list()
    {
        var approved = Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt");

        var actual = string.Join("\n", Describe()) + "\n";

        if (Environment.GetEnvironmentVariable("APPROVE_PUBLIC_API") == "1")
        {
            File.WriteAllText(Path.Combine(FindSourceFolder(), "PublicApi.approved.txt"), actual);
        }

        actual.Should().Be(File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal),
            "the public API changed; review it and run the tests once with APPROVE_PUBLIC_API=1 to accept it");
    }

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        var open = s_library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName);

        open.Should().BeEmpty();
    }

    [Fact]
    public void Public_records_and_classes_have_no_public_setters()
    {
        var mutable = s_library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        mutable.Should().BeEmpty("public types are immutable: init-only properties at most");
    }

    private static string[] Describe() =>
        s_library.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => new[] { $"{Kind(t)} {t.FullName}" }.Concat(
                t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(m => m is not MethodInfo { IsSpecialName: true } && !IsCompilerGenerated(m))
                    .Select(m => $"  {m}")
                    .Order(StringComparer.Ordinal)))
            .ToArray();

    private static bool IsCompilerGenerated(MemberInfo member) =>
        member.Name is "<Clone>$" or "EqualityContract" || member.Name.StartsWith("Deconstruct", StringComparison.Ordinal);

    private static string Kind(Type type) => type switch
    {
        { IsEnum: true } => "enum",
        { IsInterface: true } => "interface",
        { IsValueType: true } => "struct",
        { IsAbstract: true, IsSealed: true } => "static class",
        _ when type.GetMethod("<Clone>$") is not null => "record",
        _ => "class",
    };

    private static string FindSourceFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Compliance.Tests.csproj")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("tests/Compliance.Tests not found above the test binaries");
    }
}
