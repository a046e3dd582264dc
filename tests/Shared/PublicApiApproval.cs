using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using PublicApiGenerator;

namespace Compliance.Tests.Shared;

/// <summary>
/// Keeps a package's public API a reviewed file: PublicApiGenerator writes the surface as C# declarations (nullability,
/// parameter names, defaults, record members and attributes included), and a change to it shows up in review as a
/// change to the approved file beside the test project. Every package's test project links this file and calls it
/// with its own assembly.
/// </summary>
internal static class PublicApiApproval
{
    /// <summary>The surface of <paramref name="library"/> must equal <paramref name="approvedFile"/> (copied to the test output).</summary>
    public static void MatchesApproved(Assembly library, string approvedFile, string testProjectFile)
    {
        var actual = library.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The assembly's own attributes (InternalsVisibleTo, target framework) are build details, not API.
            ExcludeAttributes = ["System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Runtime.Versioning.TargetFrameworkAttribute"],

            // The generator leaves out namespaces starting System or Microsoft unless told; a package's entry point
            // lives in Microsoft.Extensions.DependencyInjection by convention, and is API like any other.
            DenyNamespacePrefixes = [],
        }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n" + RecordMembers(library);

        if (Environment.GetEnvironmentVariable("APPROVE_PUBLIC_API") == "1")
        {
            File.WriteAllText(Path.Combine(FindSourceFolder(testProjectFile), approvedFile), actual);
        }

        actual.Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, approvedFile)).Replace("\r\n", "\n", StringComparison.Ordinal),
            $"the public API of {library.GetName().Name} changed; review it and run the tests once with APPROVE_PUBLIC_API=1 to accept it");
    }

    /// <summary>Public classes are sealed or static: nothing is designed for inheritance.</summary>
    public static void ClassesAreSealedOrStatic(Assembly library) =>
        library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .Should().BeEmpty();

    /// <summary>
    /// Public types are immutable: init-only properties at most; except <paramref name="configuredInPlace"/>, options
    /// the options pattern sets in place (<c>Action&lt;TOptions&gt;</c>), named one by one.
    /// </summary>
    public static void HasNoPublicSetters(Assembly library, params Type[] configuredInPlace) =>
        library.GetExportedTypes()
            .Except(configuredInPlace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .Should().BeEmpty("public types are immutable: init-only properties at most");

    /// <summary>
    /// The members the compiler writes for positional records, which PublicApiGenerator leaves out: a change to a
    /// record's parameters changes its <c>Deconstruct</c>, and callers that deconstruct it break.
    /// </summary>
    private static string RecordMembers(Assembly library)
    {
        var nullability = new NullabilityInfoContext();
        var lines = library.GetExportedTypes()
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

    private static string FindSourceFolder(string testProjectFile)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, testProjectFile)))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException(testProjectFile + " not found above the test binaries");
    }
}
