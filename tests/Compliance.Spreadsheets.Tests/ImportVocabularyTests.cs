using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>The spreadsheet vocabulary must reach every field of the snapshot contract, with the schema's types and values.</summary>
public sealed class ImportVocabularyTests
{
    private static readonly JsonObject s_schema = JsonNode.Parse(File.ReadAllText(Repository.Path("src", "ChinaLabour.Compliance", "Snapshots", "snapshot.schema.json")))!.AsObject();

    private static JsonObject Definition(string name) => s_schema["definitions"]![name]!.AsObject();

    /// <summary>Every scalar field of the contract, as table path and field (e.g. <c>workers</c>, <c>form</c>), with its schema.</summary>
    private static IEnumerable<(string Table, string Field, JsonObject Schema)> Leaves()
    {
        foreach (var (name, property) in s_schema["properties"]!.AsObject())
        {
            var reference = Ref(property!);
            var items = Ref(property!["items"]);
            if (name is "enterprise" or "headcount" or "management")
            {
                foreach (var (field, schema) in Definition(reference!)["properties"]!.AsObject())
                {
                    yield return ("$", name + "." + field, schema!.AsObject());
                }
            }
            else if (items is not null)
            {
                foreach (var leaf in Record(name, items))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static IEnumerable<(string, string, JsonObject)> Record(string path, string definition)
    {
        foreach (var (field, schema) in Definition(definition)["properties"]!.AsObject())
        {
            if (Ref(schema!["items"]) is { } nested)
            {
                foreach (var leaf in Record(path + "." + field, nested))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return (path, field, schema!.AsObject());
            }
        }
    }

    private static string? Ref(JsonNode? node) =>
        node?["$ref"]?.GetValue<string>().Split('/')[^1]
        ?? (node?["oneOf"] as JsonArray)?.Select(n => n?["$ref"]?.GetValue<string>()).FirstOrDefault(r => r is not null)?.Split('/')[^1];

    [Fact]
    public void Every_field_of_the_contract_has_a_column_and_every_column_a_field()
    {
        var leaves = Leaves().Select(l => l.Table + ":" + l.Field).ToHashSet();
        var columns = ImportVocabulary.Default.Tables.SelectMany(t => t.Columns.Select(c => t.Path + ":" + c.Field)).ToHashSet();

        leaves.Except(columns).Should().BeEmpty("every fact of the contract can come from a spreadsheet");
        columns.Except(leaves).Should().BeEmpty("every column fills a field of the contract");
    }

    [Fact]
    public void Column_kinds_agree_with_the_schema_types_and_enum_words_cover_every_schema_value()
    {
        var vocabulary = ImportVocabulary.Default;
        foreach (var (table, field, schema) in Leaves())
        {
            var column = vocabulary.Tables.Single(t => t.Path == table).Columns.Single(c => c.Field == field);
            var text = schema.ToJsonString();
            var expected = column.Kind switch
            {
                ValueKind.Boolean => "\"boolean\"",
                ValueKind.Integer => "\"integer\"",
                ValueKind.Number => "\"number\"",
                ValueKind.Date => "[0-9]{2}-[0-9]{2}$",
                ValueKind.Month => "[0-9]{4}-[0-9]{2}$",
                ValueKind.Enum => "\"enum\"",
                _ => "\"string\"",
            };
            text.Should().Contain(expected, $"{table}.{field} is read as {column.Kind}");
            if (column.Kind == ValueKind.Enum)
            {
                var values = (schema["oneOf"]![0]!["enum"] as JsonArray)!.Select(v => v!.GetValue<string>());
                vocabulary.EnumValues(column.EnumName!).Should().BeEquivalentTo(values, $"{table}.{field}");
            }
        }
    }

    [Fact]
    public void The_generated_format_reference_is_current()
    {
        var path = Repository.Path("docs", "import-format.md");
        var generated = SpreadsheetFormat.Markdown();
        if (Environment.GetEnvironmentVariable("APPROVE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).Should().Be(generated, "docs/import-format.md is generated; regenerate it with APPROVE_DOCS=1 dotnet test");
    }
}
