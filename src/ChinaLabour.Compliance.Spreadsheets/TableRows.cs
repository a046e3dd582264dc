using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChinaLabour.Compliance.Snapshots;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Snapshots laid out as the tables of a spreadsheet batch — the inverse of <see cref="SpreadsheetBatch"/>, through the
/// same vocabulary, so that writing and reading back gives the same snapshots.
/// </summary>
internal static class TableRows
{
    /// <summary>The header row of a table: keys first, then every data column.</summary>
    public static string[] Header(TableSpec table, SpreadsheetHeaders headers) =>
        table.KeyColumns.Concat(table.ValueColumns)
            .Select(c => headers == SpreadsheetHeaders.Chinese ? c.ChineseHeader : c.EnglishHeader)
            .ToArray();

    /// <summary>The rows of a table for one employer, each cell a string, a number, a date (when <paramref name="dates"/>) or null.</summary>
    public static IEnumerable<object?[]> Rows(TableSpec table, JsonObject employer, SpreadsheetHeaders headers, bool dates, ImportVocabulary vocabulary)
    {
        var employerId = employer["enterprise"]!["id"]!.GetValue<string>();
        var columns = table.ValueColumns.ToArray();
        var records = Records(table, employer).ToArray();
        if (records.Length == 0 && GivesNone(table, employer))
        {
            // The marker row: the employer gives the table, and it is empty.
            var marker = new object?[table.KeyColumns.Count + columns.Length];
            marker[0] = employerId;
            yield return marker;
        }

        foreach (var (parentId, record) in records)
        {
            var row = new List<object?> { employerId };
            if (table.ParentKey is not null)
            {
                row.Add(parentId);
            }

            row.AddRange(columns.Select(c => Cell(c, Get(record, c.Field), headers, dates, vocabulary)));
            yield return [.. row];
        }
    }

    /// <summary>A snapshot as the JSON the tables are cut from.</summary>
    public static JsonObject ToJson(EmployerSnapshot snapshot) =>
        JsonSerializer.SerializeToNode(snapshot, SnapshotJson.Options)!.AsObject();

    /// <summary>Whether the snapshot gives the table with nothing in it: an empty list, or empty lists on its parents.</summary>
    private static bool GivesNone(TableSpec table, JsonObject employer) => table switch
    {
        { IsEmployers: true } => false,
        { Nested: null } => employer[table.Collection!] is JsonArray,
        _ => (employer[table.Collection!] as JsonArray ?? []).OfType<JsonObject>().Any(p => p[table.Nested] is JsonArray),
    };

    private static IEnumerable<(string? ParentId, JsonObject Record)> Records(TableSpec table, JsonObject employer)
    {
        if (table.IsEmployers)
        {
            return [(null, employer)];
        }

        var records = (employer[table.Collection!] as JsonArray ?? []).OfType<JsonObject>();
        return table.Nested is null
            ? records.Select(r => ((string?)null, r))
            : records.SelectMany(parent => (parent[table.Nested] as JsonArray ?? []).OfType<JsonObject>()
                .Select(r => ((string?)parent["id"]?.GetValue<string>(), r)));
    }

    private static JsonNode? Get(JsonObject record, string path)
    {
        JsonNode? node = record;
        foreach (var part in path.Split('.'))
        {
            node = (node as JsonObject)?[part];
        }

        return node;
    }

    private static object? Cell(ColumnSpec column, JsonNode? value, SpreadsheetHeaders headers, bool dates, ImportVocabulary vocabulary)
    {
        if (value is not JsonValue scalar)
        {
            return null;
        }

        var chinese = headers == SpreadsheetHeaders.Chinese;
        return column.Kind switch
        {
            ValueKind.Boolean => chinese ? (scalar.GetValue<bool>() ? "是" : "否") : scalar.GetValue<bool>() ? "true" : "false",
            ValueKind.Enum when chinese => vocabulary.EnumWords[column.EnumName!].First(v => v.Value == scalar.GetValue<string>()).Words[0],
            ValueKind.Integer or ValueKind.Number => scalar.GetValue<decimal>(),
            ValueKind.TextOrNone when scalar.GetValue<string>().Length == 0 => chinese ? vocabulary.NoneWords[0] : "none",
            ValueKind.Date when dates => LocalDatePattern.Iso.Parse(scalar.GetValue<string>()).Value.ToDateTimeUnspecified(),
            ValueKind.DateOrNone when scalar.GetValue<string>() == DateOrNone.None.ToString() => chinese ? vocabulary.NoneWords[0] : DateOrNone.None.ToString(),
            ValueKind.DateOrNone when dates => LocalDatePattern.Iso.Parse(scalar.GetValue<string>()).Value.ToDateTimeUnspecified(),
            _ => scalar.ToString(),
        };
    }
}
