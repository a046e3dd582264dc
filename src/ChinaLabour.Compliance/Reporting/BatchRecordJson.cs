using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ChinaLabour.Compliance.Catalogue;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// The schemas of a batch's per-employer records (<c>compliance-batch-record/3</c>, written by
/// <see cref="BatchRecordWriter"/>) and of the rules' words once per run (<c>compliance-batch-catalogue/2</c>),
/// docs/report-format.md. The titles, citations and legal basis every employer's report would repeat are in the
/// catalogue file, keyed by rule id.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class BatchRecordJson
{
    /// <summary>The schema identifier written into every record.</summary>
    public const string Schema = "compliance-batch-record/3";

    /// <summary>The schema identifier of the catalogue file the records refer to.</summary>
    public const string CatalogueSchema = "compliance-batch-catalogue/2";

    /// <summary>Writes the words of <paramref name="rules"/>, keyed by rule id in the order given, to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    /// <param name="rules">The rules the records may name.</param>
    /// <param name="catalogueHash">The catalogue's content hash, as the records carry it.</param>
    /// <param name="notInInput">The facts the input had no place for, each with the rules (by position) that waited on it.</param>
    /// <param name="stream">Where to write.</param>
    internal static void WriteCatalogue(IEnumerable<Rule> rules, string catalogueHash, IReadOnlyDictionary<string, SortedSet<int>> notInInput, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(catalogueHash);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, ReportJson.Options);
        w.WriteStartObject();
        w.WriteString("schema", CatalogueSchema);
        w.WriteStartObject("catalogue");
        w.WriteString("hash", catalogueHash);
        w.WriteEndObject();
        w.WriteStartObject("rules");
        foreach (var rule in rules)
        {
            w.WriteStartObject(rule.Id);
            ReportJson.WriteRuleWords(w, rule);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("notInInput");
        foreach (var (fact, positions) in notInInput)
        {
            w.WriteStartArray(fact);
            foreach (var position in positions)
            {
                w.WriteNumberValue(position);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }
}
