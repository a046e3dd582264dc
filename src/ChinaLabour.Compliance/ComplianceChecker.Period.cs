using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Periods;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance;

public sealed partial class ComplianceChecker
{
    /// <summary>
    /// Decides every rule of the catalogue for one employer on every day of <paramref name="period"/>, as inspectors
    /// judge: per rule the days and intervals violated, the first and the last, the worst figures and the day they
    /// occurred, and for a rule that limits a share, each month's average beside the daily verdict.
    /// </summary>
    /// <remarks>
    /// The rules are decided only on the days an input could change an outcome (a worker starts or leaves, a
    /// certificate ends, a rule comes into force, a time limit a rule counts runs out), so the cost follows the
    /// number of such days, not the length of the period. Each day's verdict is the one <see cref="Check(EmployerSnapshot, LocalDate)"/>
    /// gives for that day.
    /// </remarks>
    /// <param name="snapshot">The employer's records.</param>
    /// <param name="period">The days to judge, first and last included.</param>
    /// <param name="cancellation">Stops the check; a cancelled check gives no report.</param>
    /// <returns>One entry per rule, in catalogue order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/>, its enterprise or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A list of <paramref name="snapshot"/> holds a null record; the message says where.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public PeriodReport CheckPeriod(EmployerSnapshot snapshot, DateInterval period, CancellationToken cancellation = default)
    {
        ThrowIfUnreadable(snapshot);
        ArgumentNullException.ThrowIfNull(period);
        var segments = _periods.Walk(snapshot, SnapshotDates.Of(snapshot), period, cancellation);
        var first = segments[0].Report;

        // Totals without a roster give no dates to follow: they are read on every day, and the report says so.
        IReadOnlyList<Validation.Notice> notices = snapshot.Workers is null && snapshot.Headcount is not null && period.Length > 1
            ? [.. first.Notices, CheckMessages.HeadcountOverPeriod]
            : first.Notices;
        return new PeriodReport(
            first.EnterpriseId, first.EnterpriseName, period, first.CatalogueHash, SpanMerger.Rules(segments, period), segments.Select(s => s.Days.Start).ToArray(), notices);
    }

    /// <summary>
    /// The days after <paramref name="asOf"/>, up to <paramref name="until"/>, on which a rule's outcome would
    /// change if the records stayed as they are (a certificate expires, a dispatched worker reaches six months in a
    /// temporary post, a principal's bar ends), each with its causes in words.
    /// </summary>
    /// <param name="snapshot">The employer's records.</param>
    /// <param name="asOf">The day to look forward from.</param>
    /// <param name="until">The last day to look at.</param>
    /// <param name="cancellation">Stops the forecast; a cancelled forecast gives no report.</param>
    /// <returns>The changes, by day, then in catalogue order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or its enterprise is null.</exception>
    /// <exception cref="ArgumentException">A list of <paramref name="snapshot"/> holds a null record; the message says where.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before <paramref name="asOf"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public ForecastReport Forecast(EmployerSnapshot snapshot, LocalDate asOf, LocalDate until, CancellationToken cancellation = default)
    {
        ThrowIfUnreadable(snapshot);
        ArgumentOutOfRangeException.ThrowIfLessThan(until, asOf);
        var dates = SnapshotDates.Of(snapshot);
        var segments = _periods.Walk(snapshot, dates, new DateInterval(asOf, until), cancellation);
        var changes = new List<ForecastChange>();
        for (var s = 1; s < segments.Count; s++)
        {
            var on = segments[s].Days.Start;
            var before = segments[s - 1].Report.Results;
            var after = segments[s].Report.Results;
            for (var i = 0; i < after.Count; i++)
            {
                var (was, now) = (before[i], after[i]);
                var changed = was.Outcome != now.Outcome || (now.Outcome == Outcome.Violated && !was.Evidence.SequenceEqual(now.Evidence));
                if (changed)
                {
                    changes.Add(new ForecastChange(on, now.Rule, was.Outcome, now, ForecastCauses.Of(on, was, now, dates)));
                }
            }
        }

        var first = segments[0].Report;
        return new ForecastReport(first.EnterpriseId, first.EnterpriseName, asOf, until, first.CatalogueHash, changes);
    }
}
