using System.Collections.Generic;
using System.Linq;

namespace Compliance.Cli;

/// <summary>
/// Two runs compared: every finding of either (<see cref="Changes"/>, by employer id, severity, duty and rule id),
/// the employers only one run has, and, when the catalogues differ, the rules that changed.
/// </summary>
internal sealed record DiffResult(
    RunInfo Old,
    RunInfo New,
    IReadOnlyList<FindingChange> Changes,
    IReadOnlyList<string> EmployersAdded,
    IReadOnlyList<string> EmployersRemoved,
    IReadOnlyList<RuleTextChange> RulesChanged)
{
    public int Count(FindingChangeKind kind) => Changes.Count(c => c.Kind == kind);

    /// <summary>Anything but persisting findings: what makes <c>diff</c> exit 1.</summary>
    public bool HasChanges =>
        Changes.Any(c => c.Kind != FindingChangeKind.Persisting) || EmployersAdded.Count > 0 || EmployersRemoved.Count > 0 || RulesChanged.Count > 0;

    /// <summary>The counts by duty (or rule id, for a rule without one), in ordinal order.</summary>
    public IEnumerable<(string Duty, IReadOnlyDictionary<FindingChangeKind, int> Counts)> ByDuty() =>
        Changes.GroupBy(c => c.Finding.DutyOrRule, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyDictionary<FindingChangeKind, int>)g.GroupBy(c => c.Kind).ToDictionary(k => k.Key, k => k.Count())));

    /// <summary>The batch summary line: counts of each kind, and employers added and removed.</summary>
    public string Summary() =>
        $"{Count(FindingChangeKind.New)} new, {Count(FindingChangeKind.Resolved)} resolved, {Count(FindingChangeKind.NoLongerDecidable)} no longer decidable (facts missing), "
        + $"{Count(FindingChangeKind.Persisting)} persisting, {Count(FindingChangeKind.Changed)} changed in figures; "
        + $"{EmployersAdded.Count} employer(s) added, {EmployersRemoved.Count} removed";
}
