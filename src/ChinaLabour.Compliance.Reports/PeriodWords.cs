using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Periods;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>How the period and forecast writers name days, runs of days and shares, and which rules they show.</summary>
internal static class PeriodWords
{
    /// <summary>
    /// The rules a period's report shows: those violated on some day, and any whose average is over its limit (which a
    /// rule whose check is its share cannot have without a violated day, but a rule may average another figure).
    /// </summary>
    public static IEnumerable<RulePeriod> Shown(PeriodReport report) =>
        report.Rules.Where(r => r.Outcome == Outcome.Violated || r.Averages.Any(a => a.Exceeds));

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Interval(DateInterval interval) =>
        interval.Start == interval.End ? Date(interval.Start) : $"{Date(interval.Start)}–{Date(interval.End)}";

    /// <summary>A share as the rules' messages write one ({ratio:P1} gives 12.5%), whatever the machine's culture.</summary>
    public static string Percent(decimal share, int decimals) =>
        (share * 100).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
