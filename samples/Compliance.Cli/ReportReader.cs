using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ChinaLabour.Compliance.Reporting;

namespace Compliance.Cli;

/// <summary>
/// Reads the reports <c>diff</c> compares: one JSON report (<c>check --format json</c>), a <c>reports.jsonl</c> of
/// full reports or of summary records (<c>compliance-batch-record/3</c>, <c>/2</c> or <c>/1</c>, with the catalogue.json beside it), or a
/// batch run folder holding one. A line at a time, keeping of each report only its violated results and outcomes,
/// and of each rule its title and citation once (<see cref="RuleTexts"/>). A report it cannot read is a
/// <see cref="ReportInputException"/> naming the file and line.
/// </summary>
internal sealed class ReportReader(string path)
{
    /// <summary>The outcome <c>diff</c> gives a rule a record does not list: its catalogue has it, and it needed no action.</summary>
    public const string CompliantOrNotApplicable = "compliantOrNotApplicable";

    /// <summary>The schema of the records batch wrote before version 2: each result in full but for the rule's words.</summary>
    private const string RecordSchemaV1 = "compliance-batch-record/1";

    /// <summary>The schema of the records before version 3, which named every missing fact in every record: read as version 3.</summary>
    private const string RecordSchemaV2 = "compliance-batch-record/2";

    private readonly Dictionary<string, string> _ruleTexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Severity, string? Duty)> _ruleKinds = new(StringComparer.Ordinal);
    private List<string>? _catalogueIds;

    /// <summary>The file read: <c>path</c>, or the <c>reports.jsonl</c> inside it.</summary>
    public string File { get; } = Directory.Exists(path) ? Path.Combine(path, RunFolder.Reports) : path;

    /// <summary>Each rule's title and citation as first read, by rule id.</summary>
    public IReadOnlyDictionary<string, string> RuleTexts => _ruleTexts;

    /// <summary>Why <paramref name="path"/> cannot be read as reports; null when it can be tried.</summary>
    public static string? Missing(string path) =>
        Directory.Exists(path) && !System.IO.File.Exists(Path.Combine(path, RunFolder.Reports)) ? UsageErrors.NoReportsInFolder(path)
        : !Directory.Exists(path) && !System.IO.File.Exists(path) ? UsageErrors.NoReport(path)
        : null;

    /// <summary>The employers' reports in file order.</summary>
    public IEnumerable<EmployerFindings> Read()
    {
        if (!File.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            yield return Parse(System.IO.File.ReadAllText(File), 1, whole: true);
            yield break;
        }

        var number = 0;
        foreach (var line in System.IO.File.ReadLines(File))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, number, whole: false);
            }
        }
    }

    private EmployerFindings Parse(string text, int line, bool whole)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            var at = whole ? (int)(e.LineNumber ?? 0) + 1 : line;
            throw new ReportInputException(File, at, $"expected one JSON report (compliance-report/1), found text that is not JSON (column {(e.BytePositionInLine ?? 0) + 1})");
        }

        using (document)
        {
            var root = document.RootElement;
            string Text(JsonElement parent, string name, string what) =>
                parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw new ReportInputException(File, line, $"expected {what} in a compliance-report/1 report");

            var schema = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schema", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
            var compact = schema is BatchRecordJson.Schema or RecordSchemaV2;
            var record = compact || schema == RecordSchemaV1;
            if (schema != ReportJson.Schema && !record)
            {
                throw new ReportInputException(File, line, $"expected a JSON object with \"schema\": \"{ReportJson.Schema}\" (a report of check --format json, or a line of a batch's reports.jsonl) or \"{BatchRecordJson.Schema}\" (a line of a batch's reports.jsonl)");
            }

            // A record lists the rules that need acting on; the other rules of its catalogue were compliant or not applicable.
            var unlisted = record ? Catalogue() : [];

            var hash = Text(root.TryGetProperty("catalogue", out var catalogue) ? catalogue : default, "hash", "catalogue.hash");
            var employer = Text(root.TryGetProperty("enterprise", out var enterprise) ? enterprise : default, "id", "enterprise.id");
            var asOf = Text(root, "asOf", "asOf");
            if (compact)
            {
                return ParseCompact(root, line, new EmployerFindings(employer, hash, asOf, line, new Dictionary<string, ViolatedFinding>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal)), unlisted);
            }

            if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                throw new ReportInputException(File, line, "expected a results array in a compliance-report/1 report");
            }

            var violated = new Dictionary<string, ViolatedFinding>(StringComparer.Ordinal);
            var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var result in results.EnumerateArray())
            {
                var ruleId = Text(result, "ruleId", "results[].ruleId");
                var outcome = Text(result, "outcome", "results[].outcome");
                outcomes[ruleId] = outcome;
                if (!record && !_ruleTexts.ContainsKey(ruleId))
                {
                    _ruleTexts[ruleId] = Member(result, "title") + Member(result, "citation");
                }

                if (outcome == "violated")
                {
                    var duty = result.TryGetProperty("duty", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                    var values = result.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array ? v : default;
                    violated[ruleId] = new ViolatedFinding(
                        ruleId,
                        duty,
                        Text(result, "severity", "results[].severity"),
                        values.ValueKind == JsonValueKind.Array ? Canonical(values.EnumerateArray().Select(v => (Name(v), v.TryGetProperty("value", out var x) ? x.GetRawText() : "null"))) : string.Empty,
                        values.ValueKind == JsonValueKind.Array ? string.Join(", ", values.EnumerateArray().Select(Shown)) : string.Empty);
                }
            }

            foreach (var ruleId in unlisted)
            {
                outcomes.TryAdd(ruleId, CompliantOrNotApplicable);
            }

            return new EmployerFindings(employer, hash, asOf, line, violated, outcomes);
        }
    }

    /// <summary>
    /// A <c>compliance-batch-record/3</c> (or <c>/2</c>) record: violated and error results by rule id, indeterminate ones by position
    /// in the catalogue file, each violated rule's severity and duty from the catalogue file.
    /// </summary>
    private EmployerFindings ParseCompact(JsonElement root, int line, EmployerFindings findings, IReadOnlyList<string> ids)
    {
        var violated = (Dictionary<string, ViolatedFinding>)findings.Violated;
        var outcomes = (Dictionary<string, string>)findings.Outcomes;
        foreach (var result in Array(root, "violated"))
        {
            var ruleId = RuleId(result, line);
            outcomes[ruleId] = "violated";
            var (severity, duty) = _ruleKinds.TryGetValue(ruleId, out var kind) ? kind
                : throw new ReportInputException(File, line, $"expected violated[].ruleId to name a rule of {RunFolder.Catalogue}, found '{ruleId}'");
            var values = result.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Object ? v.EnumerateObject().ToArray() : [];
            var texts = result.TryGetProperty("texts", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
            string Text(JsonProperty p) =>
                texts.ValueKind == JsonValueKind.Object && texts.TryGetProperty(p.Name, out var text) ? text.ToString()
                : p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
            violated[ruleId] = new ViolatedFinding(
                ruleId,
                duty,
                severity,
                Canonical(values.Select(p => (p.Name, p.Value.GetRawText()))),
                string.Join(", ", values.Select(p => $"{p.Name}={Text(p)}")));
        }

        foreach (var result in Array(root, "errors"))
        {
            outcomes[RuleId(result, line)] = "error";
        }

        string At(string position) =>
            int.TryParse(position, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at) && at < ids.Count ? ids[at]
            : throw new ReportInputException(File, line, $"expected indeterminate rules as positions in {RunFolder.Catalogue}'s rules (0 to {ids.Count - 1}), found {position}");
        var waiting = root.TryGetProperty("indeterminate", out var facts) && facts.ValueKind == JsonValueKind.Object ? facts.EnumerateObject().Select(f => f.Value) : [];
        foreach (var fact in waiting)
        {
            foreach (var position in fact.ValueKind == JsonValueKind.Array ? fact.EnumerateArray() : Array(fact, "rules"))
            {
                outcomes[At(position.GetRawText())] = "indeterminate";
            }
        }

        foreach (var position in Array(root, "notInInput"))
        {
            outcomes[At(position.GetRawText())] = "indeterminate";
        }

        if (root.TryGetProperty("indeterminateReasons", out var reasons) && reasons.ValueKind == JsonValueKind.Object)
        {
            foreach (var reason in reasons.EnumerateObject())
            {
                outcomes[At(reason.Name)] = "indeterminate";
            }
        }

        foreach (var ruleId in ids)
        {
            outcomes.TryAdd(ruleId, CompliantOrNotApplicable);
        }

        return findings;
    }

    private string RuleId(JsonElement result, int line) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("ruleId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()!
        : throw new ReportInputException(File, line, $"expected a ruleId in each result of a {BatchRecordJson.Schema} record");

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    /// <summary>A result's figures, name and value as written, the same whether a report lists them or a record keys them by name.</summary>
    private static string Canonical(IEnumerable<(string Name, string Raw)> values) => string.Join("\u001f", values.Select(v => v.Name + "=" + v.Raw));

    private static string Name(JsonElement value) => value.TryGetProperty("name", out var name) ? name.ToString() : "?";

    /// <summary>
    /// The rule ids of the catalogue file beside the records, read once, each rule's title and citation kept as a full
    /// report's would be, so that a run of records and a run of full reports compare alike.
    /// </summary>
    private IReadOnlyList<string> Catalogue()
    {
        if (_catalogueIds is { } read)
        {
            return read;
        }

        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(File))!, RunFolder.Catalogue);
        if (!System.IO.File.Exists(path))
        {
            throw new ReportInputException(File, 1, $"expected {RunFolder.Catalogue} beside {BatchRecordJson.Schema} records: it holds the rules' words, written by the same batch");
        }

        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(path));
            var ids = new List<string>();
            foreach (var rule in document.RootElement.GetProperty("rules").EnumerateObject())
            {
                ids.Add(rule.Name);
                _ruleKinds[rule.Name] = (
                    rule.Value.GetProperty("severity").GetString()!,
                    rule.Value.TryGetProperty("duty", out var duty) && duty.ValueKind == JsonValueKind.String ? duty.GetString() : null);
                _ruleTexts.TryAdd(rule.Name, Member(rule.Value, "title") + Member(rule.Value, "citation"));
            }

            return _catalogueIds = ids;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ReportInputException(path, 1, $"expected a {BatchRecordJson.CatalogueSchema} file with a rules object, keyed by rule id");
        }
    }

    /// <summary>A title or citation as its words, however the JSON escapes them.</summary>
    private static string Member(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) ? string.Empty
        : value.ValueKind == JsonValueKind.Object ? string.Join("\u001f", value.EnumerateObject().Select(p => $"{p.Name}={p.Value}"))
        : value.ToString();

    private static string Shown(JsonElement value) =>
        $"{(value.TryGetProperty("name", out var name) ? name.ToString() : "?")}={(value.TryGetProperty("text", out var text) ? text.ToString() : value.GetRawText())}";
}
