using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Rules that share a duty key are reported as one finding, so sharing must be on purpose: each document whose rule
/// shares a key with another rule lists it under <c>document.sharedDuties</c>. A key copied with a rule and not
/// changed would otherwise fold one rule's violation into another's finding without a word.
/// </summary>
internal static class DutyCheck
{
    public static void Run(IReadOnlyList<(string File, RuleDraft Rule, IReadOnlyList<string> Shared)> duties, DiagnosticBag diagnostics)
    {
        var byKey = duties.GroupBy(d => d.Rule.Duty!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var group in byKey.Values.Where(g => g.Length > 1))
        {
            foreach (var (file, rule, shared) in group.Where(d => !d.Shared.Contains(d.Rule.Duty!, StringComparer.Ordinal)))
            {
                var other = group.First(d => !ReferenceEquals(d.Rule, rule));
                diagnostics.File = file;
                diagnostics.Add(rule.DutyStart, LoadMessages.UndeclaredSharedDuty, rule.Id,
                    LoadMessages.SharedDuty(rule.Duty!, other.Rule.Id, new SourcePosition(other.File, (int)other.Rule.DutyStart.Line, (int)other.Rule.DutyStart.Column)));
            }
        }

        foreach (var (file, key) in duties.SelectMany(d => d.Shared.Select(s => (d.File, s))).Distinct())
        {
            if (!byKey.TryGetValue(key, out var users) || users.Length < 2)
            {
                diagnostics.File = file;
                diagnostics.Add(new SourcePosition(file, 1, 1), LoadMessages.UndeclaredSharedDuty, null, LoadMessages.UnsharedDuty(key));
            }
        }
    }
}
