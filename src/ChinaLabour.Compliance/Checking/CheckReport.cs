using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Validation;
using NodaTime;

namespace ChinaLabour.Compliance.Checking;

/// <summary>The outcome of checking one employer against a catalogue on one date.</summary>
/// <param name="EnterpriseId">The employer checked.</param>
/// <param name="EnterpriseName">Its name, when given.</param>
/// <param name="AsOf">The date the employer was checked as of.</param>
/// <param name="CatalogueHash">The <see cref="RuleCatalogue.ContentHash"/> of the rules used.</param>
/// <param name="Results">One result per rule, in catalogue order.</param>
/// <param name="Notices">What was noticed about the snapshot itself.</param>
public sealed record CheckReport(
    string EnterpriseId,
    string? EnterpriseName,
    LocalDate AsOf,
    string CatalogueHash,
    IReadOnlyList<RuleResult> Results,
    IReadOnlyList<Notice> Notices)
{
    /// <summary>The employer's GB/T 2260 region, with its name in words (<c>朔州市朔城区</c>), when the snapshot gives a code.</summary>
    public NamedCode? Region { get; init; }

    /// <summary>The employer's GB/T 4754-2017 industry, with its name in words (<c>烟煤和无烟煤开采洗选</c>), when the snapshot gives a code.</summary>
    public NamedCode? Industry { get; init; }

    /// <summary>The results whose outcome is <see cref="Outcome.Violated"/>.</summary>
    public IEnumerable<RuleResult> Violations => Results.Where(r => r.Outcome == Outcome.Violated);

    /// <summary>
    /// The violations grouped by duty, gravest first, then in catalogue order; each with the other verdicts on the
    /// same duty from rules that applied (a local rule the employer keeps while breaking the national one).
    /// </summary>
    /// <returns>One finding per broken duty.</returns>
    public IReadOnlyList<Finding> Findings() =>
        Results
            .Where(r => r.Outcome != Outcome.NotApplicable)
            .GroupBy(r => r.Rule.Duty ?? r.Rule.Id)
            .Where(g => g.Any(r => r.Outcome == Outcome.Violated))
            .Select(g =>
            {
                // The national law leads (a document bound to no region), then the documents that restate it.
                var violated = g.Where(r => r.Outcome == Outcome.Violated).OrderBy(r => r.Rule.Document.Jurisdiction.Count > 0).ToArray();
                return new Finding(g.Key, violated.Max(r => r.Rule.Severity), violated) { OtherVerdicts = g.Where(r => r.Outcome != Outcome.Violated).ToArray() };
            })
            .OrderByDescending(f => f.Severity)
            .ToArray();

    /// <summary>How many results have <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome to count.</param>
    /// <returns>The count.</returns>
    public int Count(Outcome outcome)
    {
        // A loop, not Count with a lambda: a batch asks five times per employer, and the closure showed in its profile.
        var count = 0;
        for (var i = 0; i < Results.Count; i++)
        {
            count += Results[i].Outcome == outcome ? 1 : 0;
        }

        return count;
    }

    /// <summary>Counts the results of every outcome at once, into <paramref name="byOutcome"/> indexed by outcome (numbered from 0, as declared).</summary>
    /// <param name="byOutcome">One count an outcome, zeroed by the caller.</param>
    internal void CountEach(Span<int> byOutcome)
    {
        for (var i = 0; i < Results.Count; i++)
        {
            byOutcome[(int)Results[i].Outcome]++;
        }
    }
}
