using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Waivers;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// Writes a batch's per-employer record in the documented schema <c>compliance-batch-record/1</c>, and the rules'
/// words once per run in <c>compliance-batch-catalogue/1</c> (docs/report-format.md). A record holds what an auditor
/// acts on — the violated, indeterminate and error results with their figures, evidence and words — and counts the
/// rest; the titles, citations and legal basis every employer's report would repeat are in the catalogue file, keyed
/// by rule id. Each result's decision members are those of <c>compliance-report/1</c>, written by the same code.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class BatchRecordJson
{
    /// <summary>The schema identifier written into every record.</summary>
    public const string Schema = "compliance-batch-record/1";

    /// <summary>The schema identifier of the catalogue file the records refer to.</summary>
    public const string CatalogueSchema = "compliance-batch-catalogue/1";

    private static readonly JsonWriterOptions s_compact = ReportJson.Options with { Indented = false };

    /// <summary>Writes <paramref name="report"/> as one record, on one line without its line feed, to <paramref name="output"/> as UTF-8.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(CheckReport report, IBufferWriter<byte> output) => Write(report, null, output);

    /// <summary>
    /// Writes the report of <paramref name="filing"/> as one record, then <c>waived</c> and <c>expiredWaivers</c> as a
    /// full report has them, on one line without its line feed, to <paramref name="output"/> as UTF-8.
    /// </summary>
    /// <param name="filing">The report with its violations filed by waivers.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(WaiverFiling filing, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(filing);
        Write(filing.Report, filing, output);
    }

    private static void Write(CheckReport report, WaiverFiling? filing, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var w = new Utf8JsonWriter(output, s_compact);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        ReportJson.WriteHead(w, report);
        w.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            // Compliant and not-applicable results are the summary's counts: their words are the catalogue's.
            if (result.Outcome is Outcome.Violated or Outcome.Indeterminate or Outcome.Error)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", result.Rule.Id);
                w.WriteString("outcome", Names.Of(result.Outcome));
                w.WriteString("severity", Names.Of(result.Rule.Severity));
                if (result.Rule.Duty is { } duty)
                {
                    w.WriteString("duty", duty);
                }

                ReportJson.WriteDecision(w, result);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        if (filing is not null)
        {
            ReportJson.WriteWaivers(w, filing);
        }

        w.WriteEndObject();
    }

    /// <summary>Writes the words of <paramref name="rules"/>, keyed by rule id in the order given, to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    /// <param name="rules">The rules the records may name.</param>
    /// <param name="catalogueHash">The catalogue's content hash, as the records carry it.</param>
    /// <param name="stream">Where to write.</param>
    public static void WriteCatalogue(IEnumerable<Rule> rules, string catalogueHash, Stream stream)
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
        w.WriteEndObject();
        w.Flush();
    }
}
