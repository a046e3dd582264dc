using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>
/// Decides the rules over a run of days on the days an outcome could change, and nowhere else: the first day; every
/// date on record that rules read, and the day after it (a worker starts, a certificate ends); each rule's first day
/// in force and the day after its last; and the day each comparison of dates the rules made with the as-of date
/// could turn (<see cref="Expressions.EvaluationContext.NextTurn"/>: six months in a post, five years after a
/// penalty). Between two such days every input of every rule is the same, so every outcome is.
/// </summary>
internal sealed class PeriodWalk(RuleEvaluator evaluator, IReadOnlyList<CompiledRule> rules)
{
    /// <summary>The days decided, each with the days it stands for and its report, in order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    /// <param name="snapshot">The employer's records.</param>
    /// <param name="dates">Its dates on record (<see cref="SnapshotDates.Of"/>), read once by the caller, which may name them as causes.</param>
    /// <param name="period">The days to walk.</param>
    /// <param name="cancellation">Stops the walk.</param>
    public IReadOnlyList<(DateInterval Days, CheckReport Report)> Walk(
        EmployerSnapshot snapshot, IReadOnlyList<DatedRecord> dates, DateInterval period, CancellationToken cancellation)
    {
        var fixedTurns = FixedTurns(dates, period);
        var segments = new List<(DateInterval, CheckReport)>();
        var day = period.Start;
        while (true)
        {
            var (report, turn) = evaluator.CheckWatchingTurns(snapshot, day, cancellation);
            LocalDate? next = day < period.End && fixedTurns.GetViewBetween(day.PlusDays(1), period.End) is { Count: > 0 } ahead ? ahead.Min : null;
            if (turn is { } t && (next is null || t < next))
            {
                next = t;
            }

            var last = next is { } n && n <= period.End ? n.PlusDays(-1) : period.End;
            segments.Add((new DateInterval(day, last), report));
            if (last == period.End)
            {
                return segments;
            }

            day = last.PlusDays(1);
        }
    }

    private SortedSet<LocalDate> FixedTurns(IReadOnlyList<DatedRecord> dates, DateInterval period)
    {
        var turns = new SortedSet<LocalDate>();
        foreach (var dated in dates)
        {
            turns.Add(dated.Date);
            turns.Add(dated.Date.PlusDays(1));
        }

        foreach (var applies in rules.Select(r => r.Definition.Applies))
        {
            turns.Add(applies.From);
            if (applies.To is { } to)
            {
                turns.Add(to.PlusDays(1));
            }
        }

        turns.RemoveWhere(d => d <= period.Start || d > period.End);
        return turns;
    }
}
