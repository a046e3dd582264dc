using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Schema;
using NJsonSchema;

namespace Compliance.Cli.Tests;

/// <summary>The official SARIF 2.1.0 and JUnit schemas (schemas/README.md says where from), and what a file breaks of them.</summary>
internal static class Schemas
{
    private static readonly Lazy<JsonSchema> s_sarif = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    private static readonly Lazy<XmlSchemaSet> s_junit = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add(null, Path.Combine(AppContext.BaseDirectory, "schemas", "JUnit.xsd"));
        set.Compile();
        return set;
    });

    /// <summary>Every way <paramref name="json"/> breaks the SARIF schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> SarifErrors(string json) =>
        [.. s_sarif.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}")];

    /// <summary>Every way the file at <paramref name="path"/> breaks the JUnit schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> JUnitErrors(string path)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = s_junit.Value };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
