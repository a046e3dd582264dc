using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Periods;
using ChinaLabour.Compliance.Text;
using static ChinaLabour.Compliance.Reports.PeriodWords;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// A period report and a forecast as CSV tables for a spreadsheet: a period's spans, one row per rule and run of days
/// decided alike, with each month's average share as rows of its own; a forecast's changes, one row each.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread.</threadsafety>
public static class PeriodCsv
{
    /// <summary>The spans and averages of <paramref name="report"/> as CSV, a header row first, lines ending "\r\n".</summary>
    /// <param name="report">The report of a period.</param>
    /// <param name="language">The language of titles, outcomes and messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(PeriodReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder(Csv.Row(["employer", "rule", "severity", "title", "from", "to", "days", "outcome", "message", "evidence", "averageShare", "limit", "exceeds"]));
        foreach (var rule in report.Rules)
        {
            var head = new[] { report.EnterpriseId, rule.Rule.Id, rule.Rule.Severity.ToString().ToLowerInvariant(), rule.Rule.Title.In(language) };
            foreach (var span in rule.Spans)
            {
                var said = span.Result.Message ?? span.Result.Reason;
                csv.Append(Csv.Row([.. head, Date(span.Days.Start), Date(span.Days.End), Number(span.Days.Length), ReportWords.Outcome(span.Result.Outcome, language),
                    said?.In(language), string.Join(" ", span.Result.Evidence.Select(e => e.Id)), null, null, null]));
            }

            foreach (var average in rule.Averages.Where(a => a.DaysCounted > 0))
            {
                var label = language == Language.Zh ? (average.Month is null ? "全期平均" : "月平均") : (average.Month is null ? "period average" : "monthly average");
                csv.Append(Csv.Row([.. head, Date(average.Days.Start), Date(average.Days.End), Number(average.DaysCounted), label, null, null,
                    average.Share.ToString("0.######", CultureInfo.InvariantCulture), average.Limit.ToString(CultureInfo.InvariantCulture), average.Exceeds ? "true" : "false"]));
            }
        }

        return csv.ToString();
    }

    /// <summary>The changes of <paramref name="forecast"/> as CSV, a header row first, lines ending "\r\n".</summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="language">The language of titles, outcomes, causes and messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is null.</exception>
    public static string Render(ForecastReport forecast, Language language)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var csv = new StringBuilder(Csv.Row(["employer", "on", "rule", "severity", "title", "before", "after", "causes", "message"]));
        foreach (var change in forecast.Changes)
        {
            csv.Append(Csv.Row([forecast.EnterpriseId, Date(change.On), change.Rule.Id, change.Rule.Severity.ToString().ToLowerInvariant(), change.Rule.Title.In(language),
                ReportWords.Outcome(change.Before, language), ReportWords.Outcome(change.After, language), string.Join("; ", change.Causes.Select(c => c.In(language))),
                (change.Result.Message ?? change.Result.Reason)?.In(language)]));
        }

        return csv.ToString();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
