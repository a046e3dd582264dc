using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary>The catalogue as text: rule lists, one rule in full, the coverage matrix; fixed order, culture-free.</summary>
internal static class CatalogueText
{
    private static readonly JsonWriterOptions s_json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string RulesTable(RuleCatalogue catalogue)
    {
        var text = new StringBuilder();
        foreach (var rule in catalogue.Rules)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{rule.Id}  [{ReportWords.Severity(rule.Severity, Language.En)}]  {rule.Citation.Document} {rule.Citation.Clause}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    {rule.Title.Zh} / {rule.Title.En}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{catalogue.Rules.Count} rules from {catalogue.Documents.Count} documents");
        return text.ToString();
    }

    public static string RulesJson(RuleCatalogue catalogue) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("catalogueHash", catalogue.ContentHash);
        w.WriteStartArray("rules");
        foreach (var rule in catalogue.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("document", rule.Citation.Document);
            w.WriteString("clause", rule.Citation.Clause);
            w.WriteString("severity", ReportWords.Severity(rule.Severity, Language.En));
            w.WriteString("titleZh", rule.Title.Zh);
            w.WriteString("titleEn", rule.Title.En);
            if (rule.Duty is { } duty)
            {
                w.WriteString("duty", duty);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>docs/rules.md: generated from the catalogue, never written by hand.</summary>
    public static string RulesMarkdown(RuleCatalogue catalogue)
    {
        var text = new StringBuilder();
        text.AppendLine("# Rules");
        text.AppendLine();
        text.AppendLine("Generated from the catalogue by `dotnet run --project samples/Compliance.Cli -- rules list --format markdown`;");
        text.AppendLine("a test fails when this page and the catalogue differ. Do not edit by hand.");
        foreach (var document in catalogue.Documents)
        {
            var rules = catalogue.Rules.Where(r => r.Document.Number == document.Number).ToArray();
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {document.Number} {document.Title.Zh}");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{document.Title.En}. Issued {LocalDatePattern.Iso.Format(document.Issued)} by {document.Issuer}; in force {Period(document.InForceFrom, document.InForceTo)}; applies in region codes {string.Join(", ", document.Jurisdiction)}. {rules.Length} rules.");
            text.AppendLine();
            text.AppendLine("| id | clause | severity | in force | title · how the rule reads the clause |");
            text.AppendLine("| --- | --- | --- | --- | --- |");
            foreach (var rule in rules)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {rule.Citation.Clause} | {ReportWords.Severity(rule.Severity, Language.En)} | {Period(rule.Applies.From, rule.Applies.To)} | {Cell(rule.Title.Zh)}<br>{Cell(rule.Title.En)}<br>*Reading:* {Cell(rule.Reading)} |");
            }
        }

        return text.ToString();
    }

    /// <summary>A time frame as docs write it: <c>2022-06-06 – 2024-12-31</c>, or <c>from 2022-06-06</c> while open.</summary>
    private static string Period(NodaTime.LocalDate from, NodaTime.LocalDate? to) =>
        to is { } end ? $"{LocalDatePattern.Iso.Format(from)} – {LocalDatePattern.Iso.Format(end)}" : $"from {LocalDatePattern.Iso.Format(from)}";

    public static string Rule(Rule rule)
    {
        var text = new StringBuilder();
        void Line(string label, string value) => text.AppendLine(CultureInfo.InvariantCulture, $"{label,-10}{value}");
        Line("id", rule.Id);
        Line("title", $"{rule.Title.Zh} / {rule.Title.En}");
        Line("document", $"{rule.Document.Number} {rule.Document.Title.Zh}");
        Line("clause", rule.Citation.Clause);
        Line("quote", rule.Citation.Quote);
        Line(string.Empty, rule.Citation.English);
        foreach (var basis in rule.LegalBasis)
        {
            Line("basis", $"{basis.Law} {basis.Article} ({basis.English})");
        }

        Line("reading", rule.Reading);
        Line("severity", ReportWords.Severity(rule.Severity, Language.En));
        if (rule.Duty is { } duty)
        {
            Line("duty", duty);
        }

        var applies = rule.Applies;
        Line("regions", applies.Regions.Count == 0 ? "everywhere" : string.Join(", ", applies.Regions));
        Line("industry", applies.Industries.Count == 0 ? "every industry" : string.Join(", ", applies.Industries));
        if (applies.AlsoWhen is { } also)
        {
            Line("also when", also);
        }

        Line("in force", $"{LocalDatePattern.Iso.Format(applies.From)} – {(applies.To is { } to ? LocalDatePattern.Iso.Format(to) : string.Empty)}");
        if (applies.Unless is { } unless)
        {
            Line("unless", $"{unless.When}  ({unless.Reason.En})");
        }

        Line("needs", string.Join(", ", rule.Needs));
        foreach (var value in rule.Values)
        {
            Line("let", $"{value.Name} = {value.Expression}");
        }

        Line("check", rule.Check);
        if (rule.Evidence is { } evidence)
        {
            Line("evidence", evidence);
        }

        if (rule.Average is { } average)
        {
            Line("average", $"{average.Part} / {average.Whole} <= {average.Limit}, per month and over a period: {average.Reading}");
        }

        return text.ToString();
    }

    public static string CoverageTable(RuleCatalogue catalogue)
    {
        var text = new StringBuilder();
        foreach (var document in catalogue.Documents)
        {
            var counts = document.Coverage.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Status(g.Key)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{document.Number}: {document.Coverage.Count} clauses ({string.Join(", ", counts)})");
            foreach (var clause in document.Coverage)
            {
                var detail = clause.Status == CoverageStatus.Encoded ? string.Join(", ", clause.RuleIds) : clause.Reason;
                text.AppendLine(CultureInfo.InvariantCulture, $"  {clause.Clause,-10} {Status(clause.Status),-16} {detail}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public static string CoverageJson(RuleCatalogue catalogue) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("catalogueHash", catalogue.ContentHash);
        w.WriteStartArray("clauses");
        foreach (var document in catalogue.Documents)
        {
            foreach (var clause in document.Coverage)
            {
                w.WriteStartObject();
                w.WriteString("document", document.Number);
                w.WriteString("clause", clause.Clause);
                w.WriteString("status", Status(clause.Status));
                w.WriteStartArray("ruleIds");
                foreach (var id in clause.RuleIds)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
                if (clause.Reason is { } reason)
                {
                    w.WriteString("reason", reason);
                }

                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>What <paramref name="write"/> writes, indented, Chinese as is, with a final line feed: the CLI's JSON outputs.</summary>
    internal static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_json))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Status(CoverageStatus status) => status switch
    {
        CoverageStatus.Encoded => "encoded",
        CoverageStatus.GovernmentDuty => "government-duty",
        CoverageStatus.NotCheckable => "not-checkable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a coverage status this tool has no word for"),
    };
}
