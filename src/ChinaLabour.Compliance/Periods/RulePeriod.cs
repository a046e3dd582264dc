using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>One rule over a period: how it was decided day by day, as spans of days decided alike.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Spans">Every day of the period, in order, in spans of days with the same result.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record RulePeriod(Rule Rule, IReadOnlyList<RuleSpan> Spans)
{
    /// <summary>Each month's average share and the whole period's, last, when the rule declares an <see cref="Rule.Average"/>.</summary>
    public IReadOnlyList<PeriodAverage> Averages { get; init; } = [];

    /// <summary>The period's verdict: Violated when any day was, then Error, Indeterminate, Compliant, Not applicable.</summary>
    public Outcome Outcome =>
        new[] { Outcome.Violated, Outcome.Error, Outcome.Indeterminate, Outcome.Compliant }.FirstOrDefault(o => Days(o) > 0, Outcome.NotApplicable);

    /// <summary>The first violated day, if any.</summary>
    public LocalDate? FirstViolated => Spans.FirstOrDefault(s => s.Result.Outcome == Outcome.Violated)?.Days.Start;

    /// <summary>The last violated day, if any.</summary>
    public LocalDate? LastViolated => Spans.LastOrDefault(s => s.Result.Outcome == Outcome.Violated)?.Days.End;

    /// <summary>
    /// The violated span with the worst figures: the highest share for a rule with an <see cref="Rule.Average"/>,
    /// otherwise the most records in breach; the earliest of equals. Null when no day was violated.
    /// </summary>
    public RuleSpan? Worst { get; init; }

    /// <summary>How many days the rule was decided as <paramref name="outcome"/>.</summary>
    /// <param name="outcome">An outcome.</param>
    /// <returns>The number of days.</returns>
    public int Days(Outcome outcome) => Spans.Where(s => s.Result.Outcome == outcome).Sum(s => s.Days.Length);

    /// <summary>The runs of consecutive days decided as <paramref name="outcome"/>, whatever their figures.</summary>
    /// <param name="outcome">An outcome.</param>
    /// <returns>The intervals, in order.</returns>
    public IReadOnlyList<DateInterval> Intervals(Outcome outcome)
    {
        var runs = new List<DateInterval>();
        foreach (var span in Spans.Where(s => s.Result.Outcome == outcome))
        {
            if (runs.Count > 0 && runs[^1].End.PlusDays(1) == span.Days.Start)
            {
                runs[^1] = new DateInterval(runs[^1].Start, span.Days.End);
            }
            else
            {
                runs.Add(span.Days);
            }
        }

        return runs;
    }
}
