using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Catalogue;
using Compliance.Yaml;

namespace Compliance.Loading;

/// <summary>Builds a document's coverage matrix and checks it against the rules that cite the document.</summary>
internal static class CoverageCheck
{
    public static IReadOnlyList<ClauseCoverage> Build(
        IReadOnlyList<CoverageDraft> coverage, IReadOnlyList<RuleDraft> rules, IEnumerable<string> allRuleIds, DiagnosticBag diagnostics)
    {
        if (coverage.Count == 0)
        {
            // A rule file without a coverage section (a local file, a test) states nothing about its clauses.
            return [];
        }

        var known = allRuleIds.ToHashSet(StringComparer.Ordinal);
        var byClause = new Dictionary<string, CoverageDraft>(StringComparer.Ordinal);
        foreach (var entry in coverage)
        {
            if (!byClause.TryAdd(entry.Clause, entry))
            {
                diagnostics.Add(entry.Start, LoadMessages.CoverageDuplicate, null, LoadMessages.DuplicateClause(entry.Clause));
            }
        }

        foreach (var rule in rules.Where(r => r.Citation is not null))
        {
            if (!byClause.TryGetValue(rule.Citation!.Clause, out var entry) || entry.Status != CoverageStatus.Encoded)
            {
                diagnostics.Add(rule.Start, LoadMessages.CoverageUncited, rule.Id, LoadMessages.Uncited(rule.Citation.Clause));
            }
        }

        var result = new List<ClauseCoverage>();
        foreach (var entry in coverage)
        {
            foreach (var id in entry.Rules.Where(r => !known.Contains(r.Value!)))
            {
                diagnostics.Add(id.Start, LoadMessages.CoverageUnknownRule, null, LoadMessages.UnknownRule(id.Value!));
            }

            var ids = rules.Where(r => r.Citation?.Clause == entry.Clause).Select(r => r.Id)
                .Concat(entry.Rules.Select(r => r.Value!.Trim()))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (entry.Status == CoverageStatus.Encoded && ids.Length == 0)
            {
                diagnostics.Add(entry.Start, LoadMessages.CoverageNoRules, null, LoadMessages.NoRules(entry.Clause));
            }

            if (entry.Status != CoverageStatus.Encoded && string.IsNullOrWhiteSpace(entry.Reason))
            {
                diagnostics.Add(entry.Start, LoadMessages.CoverageNoReason, null, LoadMessages.NoReason(entry.Clause));
            }

            result.Add(new ClauseCoverage(entry.Clause, entry.Status, entry.Status == CoverageStatus.Encoded ? ids : [], entry.Reason));
        }

        return result;
    }
}
