using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;

namespace Compliance.Cli;

/// <summary>
/// SARIF 2.1.0 (OASIS), for pipelines and code-scanning tools that gate on findings: one run, the selected rules as
/// <c>tool.driver.rules</c>, and one result per rule that is <see cref="Outcome.Violated"/> (<c>kind: "fail"</c>,
/// level by severity: critical <c>error</c>, major <c>warning</c>, minor <c>note</c>),
/// <see cref="Outcome.Indeterminate"/> (<c>kind: "open"</c>: SARIF's word for "not enough information to decide", which
/// an auditor must chase) or <see cref="Outcome.Error"/> (<c>kind: "review"</c>: the rule could not be evaluated, and a
/// person must look). Compliant and not-applicable results are left out: hundreds of employers times every rule
/// would bury the findings, and the JSON report holds them. Each result is located at the snapshot file and at the
/// employer, as a logical location. Written as it goes, one employer at a time, so a batch's memory stays bounded;
/// nothing in it differs between two runs of the same input.
/// </summary>
internal sealed class SarifReport : IDisposable
{
    public const string FileName = "report.sarif";
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private readonly Utf8JsonWriter _json;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly Language _language;

    public SarifReport(Stream output, IReadOnlyList<Rule> rules, Language language)
    {
        _language = language;
        _ruleIndex = rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteString("$schema", SchemaUri);
        _json.WriteString("version", "2.1.0");
        _json.WriteStartArray("runs");
        _json.WriteStartObject();
        _json.WriteStartObject("tool");
        _json.WriteStartObject("driver");
        _json.WriteString("name", "Compliance");
        _json.WriteString("fullName", RunManifest.Tool);
        _json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(rule);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteString("columnKind", "unicodeCodePoints");
        _json.WriteStartArray("results");
    }

    /// <summary>The results of <paramref name="report"/>, located at <paramref name="source"/>, a path relative to where the run started or to its input.</summary>
    public void Add(string source, CheckReport report)
    {
        foreach (var result in report.Results)
        {
            if (result.Outcome is Outcome.Violated or Outcome.Indeterminate or Outcome.Error && _ruleIndex.TryGetValue(result.Rule.Id, out var index))
            {
                WriteResult(source, report, result, index);
            }
        }

        _json.Flush();
    }

    /// <summary>Closes the log; the output holds a whole SARIF file once this returns.</summary>
    public void Finish()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    /// <summary>A file path as a relative URI reference: forward slashes, each segment percent-encoded (Chinese names too).</summary>
    public static string UriOf(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Level(Severity severity) => severity switch
    {
        Severity.Critical => "error",
        Severity.Major => "warning",
        _ => "note",
    };

    private void WriteRule(Rule rule)
    {
        _json.WriteStartObject();
        _json.WriteString("id", rule.Id);
        _json.WriteString("name", rule.Duty ?? rule.Id);
        _json.WriteStartObject("shortDescription");
        _json.WriteString("text", rule.Title.In(_language));
        _json.WriteEndObject();
        _json.WriteStartObject("fullDescription");
        _json.WriteString("text", $"{rule.Citation.Document} {rule.Citation.Clause}: {(_language == Language.Zh ? rule.Citation.Quote : rule.Citation.English)}");
        _json.WriteEndObject();
        _json.WriteStartObject("defaultConfiguration");
        _json.WriteString("level", Level(rule.Severity));
        _json.WriteEndObject();
        _json.WriteStartObject("properties");
        _json.WriteString("document", rule.Citation.Document);
        _json.WriteString("clause", rule.Citation.Clause);
        _json.WriteString("severity", ReportWords.Severity(rule.Severity, Language.En));
        if (rule.Duty is { } duty)
        {
            _json.WriteString("duty", duty);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteResult(string source, CheckReport report, RuleResult result, int index)
    {
        _json.WriteStartObject();
        _json.WriteString("ruleId", result.Rule.Id);
        _json.WriteNumber("ruleIndex", index);
        var violated = result.Outcome == Outcome.Violated;
        _json.WriteString("kind", violated ? "fail" : result.Outcome == Outcome.Indeterminate ? "open" : "review");

        // SARIF allows a level other than "none" only on a failure.
        _json.WriteString("level", violated ? Level(result.Rule.Severity) : "none");
        _json.WriteStartObject("message");
        _json.WriteString("text", MessageOf(result));
        _json.WriteEndObject();
        _json.WriteStartArray("locations");
        _json.WriteStartObject();
        _json.WriteStartObject("physicalLocation");
        _json.WriteStartObject("artifactLocation");
        _json.WriteString("uri", UriOf(source));
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteStartArray("logicalLocations");
        _json.WriteStartObject();
        _json.WriteString("name", report.EnterpriseName ?? report.EnterpriseId);
        _json.WriteString("fullyQualifiedName", report.EnterpriseId);
        _json.WriteString("kind", "object");
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteStartObject("properties");
        _json.WriteString("outcome", JsonNamingPolicy.CamelCase.ConvertName(result.Outcome.ToString()));
        _json.WriteString("employer", report.EnterpriseId);
        _json.WriteString("document", result.Rule.Citation.Document);
        _json.WriteString("clause", result.Rule.Citation.Clause);
        if (result.MissingFacts.Count > 0)
        {
            _json.WriteStartArray("missingFacts");
            foreach (var fact in result.MissingFacts)
            {
                _json.WriteStringValue(fact);
            }

            _json.WriteEndArray();
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private string MessageOf(RuleResult result) =>
        (result.Message ?? result.Reason)?.In(_language) is { Length: > 0 } text ? text : result.Rule.Title.In(_language);
}
