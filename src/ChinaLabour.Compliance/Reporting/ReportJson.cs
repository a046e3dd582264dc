using System;
using System.Buffers;
using System.Collections;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// Writes a <see cref="CheckReport"/> as JSON in the documented schema <c>compliance-report/1</c>
/// (docs/report-format.md): fixed member order, culture-free numbers, ISO dates, so that the same input gives
/// the same bytes on every machine.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class ReportJson
{
    /// <summary>The schema identifier written into every report.</summary>
    public const string Schema = "compliance-report/1";

    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions s_compact = Options with { Indented = false };

    private static readonly Outcome[] s_outcomes = Enum.GetValues<Outcome>();

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(CheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, Options);
        WriteReport(writer, report);
        writer.Flush();
    }

    /// <summary>The report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON, with '\n' line ends.</returns>
    public static string ToJson(CheckReport report) => ToJson(report, indented: true);

    /// <summary>The report as a JSON string, indented or on one line (for JSON Lines files of many reports).</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent; one line when false.</param>
    /// <returns>The JSON, with '\n' line ends.</returns>
    public static string ToJson(CheckReport report, bool indented)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Options : s_compact))
        {
            WriteReport(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>
    /// The filed report as a JSON string: the report, then <c>waived</c> and <c>expiredWaivers</c>, which only a
    /// report checked with waivers has (docs/report-format.md).
    /// </summary>
    /// <param name="filing">The report with its violations filed by waivers.</param>
    /// <returns>The JSON, with '\n' line ends.</returns>
    public static string ToJsonFiled(WaiverFiling filing) => ToJsonFiled(filing, indented: true);

    /// <summary>The filed report as a JSON string, indented or on one line (for JSON Lines files of many reports).</summary>
    /// <param name="filing">The report with its violations filed by waivers.</param>
    /// <param name="indented">Whether to indent; one line when false.</param>
    /// <returns>The JSON, with '\n' line ends.</returns>
    public static string ToJsonFiled(WaiverFiling filing, bool indented)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Options : s_compact))
        {
            WriteReport(writer, filing.Report, filing);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void WriteReport(Utf8JsonWriter w, CheckReport report, WaiverFiling? filing = null)
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        WriteHead(w, report);
        w.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            WriteResult(w, result);
        }

        w.WriteEndArray();
        if (filing is not null)
        {
            WriteWaivers(w, filing);
        }

        w.WriteEndObject();
    }

    /// <summary>The members before the results, shared with the batch's records: catalogue, date, employer, counts, notices.</summary>
    internal static void WriteHead(Utf8JsonWriter w, CheckReport report)
    {
        w.WriteStartObject("catalogue");
        w.WriteString("hash", report.CatalogueHash);
        w.WriteEndObject();
        w.WriteString("asOf", Date(report.AsOf));
        w.WriteStartObject("enterprise");
        w.WriteString("id", report.EnterpriseId);
        if (report.EnterpriseName is { } name)
        {
            w.WriteString("name", name);
        }

        WriteCode(w, "region", report.Region);
        WriteCode(w, "industry", report.Industry);
        w.WriteEndObject();
        w.WriteStartObject("summary");

        // One pass over the results for every outcome: a batch writes a head for each of its employers, and counting
        // each outcome apart read the results five times (profiled).
        Span<int> counts = stackalloc int[s_outcomes.Length];
        report.CountEach(counts);

        foreach (var outcome in s_outcomes)
        {
            w.WriteNumber(Names.Of(outcome), counts[(int)outcome]);
        }

        w.WriteEndObject();
        w.WriteStartArray("notices");
        foreach (var notice in report.Notices)
        {
            w.WriteStartObject();
            w.WriteString("code", notice.Code);
            Text(w, "text", notice.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // Written only when waivers were given, after the results: a report checked without them keeps its bytes.
    internal static void WriteWaivers(Utf8JsonWriter w, WaiverFiling filing)
    {
        w.WriteStartArray("waived");
        foreach (var waived in filing.Waived)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", waived.Result.Rule.Id);
            w.WriteString("employer", waived.Waiver.EmployerId);
            WriteWaiver(w, waived.Waiver);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("expiredWaivers");
        foreach (var expired in filing.Expired)
        {
            w.WriteStartObject();
            w.WriteString("employer", expired.Waiver.EmployerId);
            WriteWaiver(w, expired.Waiver);
            Strings(w, "unwaived", expired.Unwaived.Select(r => r.Rule.Id).ToArray());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteWaiver(Utf8JsonWriter w, Waiver waiver)
    {
        w.WriteString("waiver", waiver.Id);
        if (waiver.RuleId is { } rule)
        {
            w.WriteString("rule", rule);
        }

        if (waiver.Duty is { } duty)
        {
            w.WriteString("duty", duty);
        }

        if (waiver.Scope.Count > 0)
        {
            Strings(w, "scope", waiver.Scope);
        }

        w.WriteString("reason", waiver.Reason);
        w.WriteString("approver", waiver.Approver);
        w.WriteString("granted", Date(waiver.Granted));
        w.WriteString("expires", Date(waiver.Expires));
    }

    private static void WriteResult(Utf8JsonWriter w, RuleResult result)
    {
        w.WriteStartObject();
        WriteRule(w, result.Rule, result.Outcome);
        WriteDecision(w, result);
        w.WriteEndObject();
    }

    /// <summary>The rule's members of a result: what it is and cites, with the outcome after its id.</summary>
    internal static void WriteRule(Utf8JsonWriter w, Catalogue.Rule rule, Outcome outcome)
    {
        w.WriteString("ruleId", rule.Id);
        w.WriteString("outcome", Names.Of(outcome));
        WriteRuleWords(w, rule);
    }

    /// <summary>What a rule is and cites, after its id: in every full report's results, and once per run in a batch's catalogue file.</summary>
    internal static void WriteRuleWords(Utf8JsonWriter w, Catalogue.Rule rule)
    {
        w.WriteString("severity", Names.Of(rule.Severity));
        if (rule.Duty is { } duty)
        {
            w.WriteString("duty", duty);
        }

        Text(w, "title", rule.Title);
        w.WriteStartObject("citation");
        w.WriteString("document", rule.Citation.Document);
        w.WriteString("clause", rule.Citation.Clause);
        w.WriteString("quote", rule.Citation.Quote);
        w.WriteString("en", rule.Citation.English);
        w.WriteEndObject();
        w.WriteStartArray("legalBasis");
        foreach (var basis in rule.LegalBasis)
        {
            w.WriteStartObject();
            w.WriteString("law", basis.Law);
            w.WriteString("article", basis.Article);
            w.WriteString("en", basis.English);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The decision's members of a result: why, the figures, the evidence, the words.</summary>
    internal static void WriteDecision(Utf8JsonWriter w, RuleResult result)
    {
        if (result.NotApplicable is { } reason)
        {
            w.WriteString("notApplicable", Names.Of(reason));
        }

        if (result.Reason is { } text)
        {
            Text(w, "reason", text);
        }

        Strings(w, "missingFacts", result.MissingFacts);
        w.WriteStartArray("values");
        foreach (var value in result.Values)
        {
            w.WriteStartObject();
            w.WriteString("name", value.Name);
            w.WritePropertyName("value");
            Value(w, value.Value);
            w.WriteString("text", value.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var item in result.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("kind", item.Kind);
            w.WriteString("id", item.Id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "evidenceUnavailable", result.EvidenceUnavailable);
        if (result.Message is { } message)
        {
            Text(w, "message", message);
        }

        if (result.Remedy is { } remedy)
        {
            Text(w, "remedy", remedy);
        }
    }

    internal static void Value(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case decimal m:
                w.WriteNumberValue(m);
                break;
            case double d:
                w.WriteNumberValue(d);
                break;
            case LocalDate date:
                w.WriteStringValue(Date(date));
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case IEnumerable items:
                w.WriteStartArray();
                foreach (var item in items.Cast<object?>())
                {
                    Value(w, item);
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(ValueFormatter.Format(value));
                break;
        }
    }

    internal static void Text(Utf8JsonWriter w, string name, BilingualText text)
    {
        w.WriteStartObject(name);
        w.WriteString("zh", text.Zh);
        w.WriteString("en", text.En);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, System.Collections.Generic.IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static void WriteCode(Utf8JsonWriter w, string property, NamedCode? code)
    {
        if (code is null)
        {
            return;
        }

        w.WriteStartObject(property);
        w.WriteString("code", code.Code);
        if (code.Name is { } name)
        {
            w.WriteString("name", name);
        }

        w.WriteEndObject();
    }
}
