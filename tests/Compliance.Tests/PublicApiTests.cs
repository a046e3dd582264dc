using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ChinaLabour.Compliance;
using FluentAssertions;
using PublicApiGenerator;
using Xunit;

namespace Compliance.Tests;

/// <summary>
/// The public API is a reviewed file: PublicApiGenerator writes the surface as C# declarations (nullability, parameter
/// names, defaults, record members and attributes included), and a change to it shows up in review as a change to
/// PublicApi.approved.txt.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly s_library = typeof(RuleCatalogue).Assembly;

    [Fact]
    public void Public_api_matches_the_approved_list()
    {
        var approved = Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt");
        var actual = s_library.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The assembly's own attributes (InternalsVisibleTo, target framework) are build details, not API.
            ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Runtime.Versioning.TargetFrameworkAttribute"],
        }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n" + RecordMembers();

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

    /// <summary>
    /// The members the compiler writes for positional records, which PublicApiGenerator leaves out: a change to a
    /// record's parameters changes its <c>Deconstruct</c>, and callers that deconstruct it break.
    /// </summary>
    private static string RecordMembers()
    {
        var nullability = new NullabilityInfoContext();
        var lines = s_library.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name == "Deconstruct")
                .Select(m => $"{t.FullName}.Deconstruct({string.Join(", ", m.GetParameters().Select(p => $"out {Describe(p, nullability)} {p.Name}"))})"))
            .Order(StringComparer.Ordinal);
        return "\n// Compiler-generated record members\n" + string.Join("\n", lines) + "\n";
    }

    private static string Describe(ParameterInfo parameter, NullabilityInfoContext context)
    {
        var type = parameter.ParameterType.GetElementType()!;
        var name = Nullable.GetUnderlyingType(type) is { } inner ? Name(inner) + "?" : Name(type);
        return !type.IsValueType && context.Create(parameter).ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.FullName![..type.FullName!.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.FullName ?? type.Name;

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
