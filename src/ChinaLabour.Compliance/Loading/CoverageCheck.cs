using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Builds a document's coverage matrix and checks it against the rules that cite the document.</summary>
internal static class CoverageCheck
{
    public static IReadOnlyList<ClauseCoverage> Build(
        IReadOnlyList<CoverageDraft> coverage,
        IReadOnlyList<RuleDraft> rules,
        IEnumerable<string> allRuleIds,
        IReadOnlyList<string>? clauses,
        DiagnosticBag diagnostics)
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
                diagnostics.Add(rule.ClauseStart, LoadMessages.CoverageUncited, rule.Id, LoadMessages.Uncited(rule.Citation.Clause));
            }
        }

        if (clauses is not null)
        {
            AgainstText(coverage, clauses, diagnostics);
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

    /// <summary>
    /// The coverage must list exactly the clauses the text has, in its order: a clause deleted from the coverage, or one
    /// the text lacks, is an error at the entry nearest to it.
    /// </summary>
    private static void AgainstText(IReadOnlyList<CoverageDraft> coverage, IReadOnlyList<string> clauses, DiagnosticBag diagnostics)
    {
        var inText = clauses.Select((c, i) => (c, i)).GroupBy(p => p.c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var listed = coverage.Select(c => c.Clause).ToHashSet(StringComparer.Ordinal);
        var last = -1;
        CoverageDraft? previous = null;
        foreach (var entry in coverage)
        {
            if (!inText.TryGetValue(entry.Clause, out var index))
            {
                diagnostics.Add(entry.Start, LoadMessages.CoverageUnknownClause, null, LoadMessages.ClauseNotInDocument(entry.Clause));
                continue;
            }

            if (index < last && previous is not null)
            {
                diagnostics.Add(entry.Start, LoadMessages.CoverageOrder, null, LoadMessages.OutOfOrder(entry.Clause, previous.Clause));
            }

            last = Math.Max(last, index);
            previous = entry;
        }

        for (var i = 0; i < clauses.Count; i++)
        {
            if (listed.Contains(clauses[i]))
            {
                continue;
            }

            // Reported where it belongs: at the first listed clause that follows it in the text, else at the last entry.
            var after = clauses.Skip(i + 1).FirstOrDefault(listed.Contains);
            var at = coverage.FirstOrDefault(c => c.Clause == after) ?? coverage[^1];
            diagnostics.Add(at.Start, LoadMessages.CoverageMissingClause, null, LoadMessages.MissingClause(clauses[i]));
        }
    }
}
