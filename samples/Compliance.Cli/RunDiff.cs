using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Cli;

/// <summary>
/// Compares two runs a report at a time: the old run's violated results are kept (and nothing else of it), each
/// report of the new run is compared with its employer's as it is read. Memory grows with the violated results, not
/// with the size of the reports.
/// </summary>
internal sealed class RunDiff(bool compareAnyway)
{
    private readonly Dictionary<string, EmployerFindings> _old = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _newLines = new(StringComparer.Ordinal);
    private readonly List<FindingChange> _changes = [];
    private readonly List<string> _added = [];
    private string? _oldHash;
    private string? _oldAsOf;
    private string? _newHash;
    private string? _newAsOf;

    /// <summary>Keeps one report of the old run; a refusal (exit 2) when it cannot be compared.</summary>
    public string? AddOld(string file, EmployerFindings report)
    {
        _oldHash ??= report.CatalogueHash;
        _oldAsOf ??= report.AsOf;
        if (Refusal(file, _oldHash, report) is { } refusal)
        {
            return refusal;
        }

        if (_old.TryGetValue(report.EmployerId, out var first))
        {
            return UsageErrors.EmployerTwice(file, report.Line, report.EmployerId, first.Line);
        }

        // The outcomes are only needed of the new run's reports.
        _old[report.EmployerId] = report with { Outcomes = new Dictionary<string, string>() };
        return null;
    }

    /// <summary>Compares one report of the new run with its employer's in the old; a refusal (exit 2) when it cannot be compared.</summary>
    public string? AddNew(string file, EmployerFindings report)
    {
        _newHash ??= report.CatalogueHash;
        _newAsOf ??= report.AsOf;
        if (!compareAnyway && _oldHash is not null && _newHash != _oldHash)
        {
            return UsageErrors.CataloguesDiffer(_oldHash, _newHash);
        }

        if (Refusal(file, _newHash, report) is { } refusal)
        {
            return refusal;
        }

        if (_newLines.TryGetValue(report.EmployerId, out var firstLine))
        {
            return UsageErrors.EmployerTwice(file, report.Line, report.EmployerId, firstLine);
        }

        _newLines[report.EmployerId] = report.Line;
        if (!_old.Remove(report.EmployerId, out var old))
        {
            _added.Add(report.EmployerId);
            old = null;
        }

        var before = old?.Violated ?? new Dictionary<string, ViolatedFinding>();
        foreach (var (ruleId, was) in before)
        {
            if (report.Violated.TryGetValue(ruleId, out var now))
            {
                var same = string.Equals(was.ValuesJson, now.ValuesJson, StringComparison.Ordinal);
                _changes.Add(new FindingChange(report.EmployerId, same ? FindingChangeKind.Persisting : FindingChangeKind.Changed, now, null, was.ValuesText, now.ValuesText));
            }
            else
            {
                var outcome = report.Outcomes.GetValueOrDefault(ruleId, "ruleAbsent");
                var kind = outcome == "indeterminate" ? FindingChangeKind.NoLongerDecidable : FindingChangeKind.Resolved;
                _changes.Add(new FindingChange(report.EmployerId, kind, was, outcome, was.ValuesText, null));
            }
        }

        foreach (var (ruleId, now) in report.Violated)
        {
            if (!before.ContainsKey(ruleId))
            {
                _changes.Add(new FindingChange(report.EmployerId, FindingChangeKind.New, now, null, null, now.ValuesText));
            }
        }

        return null;
    }

    /// <summary>The comparison, once both runs are read: the old run's employers not in the new are removed, their findings resolved.</summary>
    public DiffResult Finish(ReportReader oldReader, ReportReader newReader)
    {
        var removed = _old.Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var id in removed)
        {
            foreach (var was in _old[id].Violated.Values)
            {
                _changes.Add(new FindingChange(id, FindingChangeKind.Resolved, was, "employerAbsent", was.ValuesText, null));
            }
        }

        var changes = _changes
            .OrderBy(c => c.EmployerId, StringComparer.Ordinal)
            .ThenBy(c => c.Finding.SeverityRank)
            .ThenBy(c => c.Finding.DutyOrRule, StringComparer.Ordinal)
            .ThenBy(c => c.Finding.RuleId, StringComparer.Ordinal)
            .ToArray();
        var rules = _oldHash == _newHash ? [] : RuleChanges(oldReader.RuleTexts, newReader.RuleTexts);
        return new DiffResult(
            new RunInfo(oldReader.File, _oldHash ?? string.Empty, _oldAsOf ?? string.Empty, _newLines.Count - _added.Count + removed.Length),
            new RunInfo(newReader.File, _newHash ?? string.Empty, _newAsOf ?? string.Empty, _newLines.Count),
            changes,
            [.. _added.Order(StringComparer.Ordinal)],
            removed,
            rules);
    }

    private string? Refusal(string file, string firstHash, EmployerFindings report) =>
        !compareAnyway && report.CatalogueHash != firstHash ? UsageErrors.CataloguesDifferWithin(file, firstHash, report.Line, report.CatalogueHash) : null;

    private static RuleTextChange[] RuleChanges(IReadOnlyDictionary<string, string> old, IReadOnlyDictionary<string, string> now) =>
        [.. old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Select(id => !now.TryGetValue(id, out var text) ? new RuleTextChange(id, "onlyOld")
                : !old.TryGetValue(id, out var was) ? new RuleTextChange(id, "onlyNew")
                : was != text ? new RuleTextChange(id, "text")
                : null)
            .OfType<RuleTextChange>()];
}
