using System.IO;
using System.Linq;

namespace Compliance.Cli;

/// <summary><c>diff</c>'s text: each employer's findings, the employers added and removed, the duties, the rules that changed, and the summary line last.</summary>
internal static class DiffText
{
    public static void Write(DiffResult diff, TextWriter output)
    {
        output.WriteLine($"old: {diff.Old.File} (as of {diff.Old.AsOf}, {diff.Old.Employers} employer(s), catalogue {diff.Old.CatalogueHash})");
        output.WriteLine($"new: {diff.New.File} (as of {diff.New.AsOf}, {diff.New.Employers} employer(s), catalogue {diff.New.CatalogueHash})");
        foreach (var employer in diff.Changes.GroupBy(c => c.EmployerId))
        {
            output.WriteLine();
            output.WriteLine($"employer {employer.Key}");
            foreach (var change in employer)
            {
                output.WriteLine($"  {Word(change.Kind),-20} {change.Finding.Severity,-8} {change.Finding.DutyOrRule}  {change.Finding.RuleId}{Detail(change)}");
            }
        }

        if (diff.EmployersAdded.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"employers added: {string.Join(", ", diff.EmployersAdded)}");
        }

        if (diff.EmployersRemoved.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"employers removed: {string.Join(", ", diff.EmployersRemoved)}");
        }

        if (diff.Changes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("by duty:");
            foreach (var (duty, counts) in diff.ByDuty())
            {
                output.WriteLine($"  {duty}: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {Word(c.Key)}"))}");
            }
        }

        if (diff.RulesChanged.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("rules that changed between the catalogues:");
            foreach (var rule in diff.RulesChanged)
            {
                output.WriteLine($"  {rule.RuleId}: {(rule.Change == "text" ? "title or citation changed" : rule.Change == "onlyOld" ? "only in the old run" : "only in the new run")}");
            }
        }

        output.WriteLine();
        output.WriteLine(diff.HasChanges ? diff.Summary() : $"no change: {diff.Summary()}");
    }

    private static string Word(FindingChangeKind kind) => kind switch
    {
        FindingChangeKind.New => "new",
        FindingChangeKind.Changed => "changed",
        FindingChangeKind.NoLongerDecidable => "no longer decidable",
        FindingChangeKind.Resolved => "resolved",
        _ => "persisting",
    };

    private static string Detail(FindingChange change) => change.Kind switch
    {
        FindingChangeKind.Changed => $": {change.OldValues} → {change.NewValues}",
        FindingChangeKind.NoLongerDecidable => $": facts missing, not a fix (was {change.OldValues})",
        FindingChangeKind.Resolved => $": now {change.Now} (was {change.OldValues})",
        _ when change.NewValues is { Length: > 0 } values => $": {values}",
        _ => string.Empty,
    };

    /// <summary>The kind as <c>compliance-diff/1</c> names it.</summary>
    public static string Name(FindingChangeKind kind) => kind switch
    {
        FindingChangeKind.NoLongerDecidable => "noLongerDecidable",
        _ => Word(kind),
    };
}
