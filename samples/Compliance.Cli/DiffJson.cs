using System.Collections.Generic;
using System.Text.Json;

namespace Compliance.Cli;

/// <summary><c>diff --format json</c>: the comparison as <c>compliance-diff/1</c> (docs/report-format.md, "Diff").</summary>
internal static class DiffJson
{
    public static string Write(DiffResult diff) => CatalogueText.Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("schema", "compliance-diff/1");
        Run(json, "old", diff.Old);
        Run(json, "new", diff.New);
        json.WriteStartObject("summary");
        foreach (var kind in System.Enum.GetValues<FindingChangeKind>())
        {
            json.WriteNumber(DiffText.Name(kind), diff.Count(kind));
        }

        json.WriteNumber("employersAdded", diff.EmployersAdded.Count);
        json.WriteNumber("employersRemoved", diff.EmployersRemoved.Count);
        json.WriteBoolean("anyChange", diff.HasChanges);
        json.WriteEndObject();
        Strings(json, "employersAdded", diff.EmployersAdded);
        Strings(json, "employersRemoved", diff.EmployersRemoved);
        json.WriteStartArray("findings");
        foreach (var change in diff.Changes)
        {
            json.WriteStartObject();
            json.WriteString("employer", change.EmployerId);
            json.WriteString("ruleId", change.Finding.RuleId);
            json.WriteString("duty", change.Finding.DutyOrRule);
            json.WriteString("severity", change.Finding.Severity);
            json.WriteString("change", DiffText.Name(change.Kind));
            json.WriteString("now", change.Now ?? "violated");
            json.WriteString("oldValues", change.OldValues);
            json.WriteString("newValues", change.NewValues);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rulesChanged");
        foreach (var rule in diff.RulesChanged)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", rule.RuleId);
            json.WriteString("change", rule.Change);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Run(Utf8JsonWriter json, string name, RunInfo run)
    {
        json.WriteStartObject(name);
        json.WriteString("catalogue", run.CatalogueHash);
        json.WriteString("asOf", run.AsOf);
        json.WriteNumber("employers", run.Employers);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
