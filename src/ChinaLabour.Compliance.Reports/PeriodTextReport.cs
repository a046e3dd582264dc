using System;
using System.Globalization;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Periods;
using ChinaLabour.Compliance.Text;
using NodaTime;
using NodaTime.Text;
using static ChinaLabour.Compliance.Reports.PeriodWords;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// A period report and a forecast as plain text: per rule violated on any day, the days and intervals, the worst
/// figures and, for a rule that limits a share, each month's average beside the daily verdict; per forecast change,
/// its day, rule, outcomes and causes.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread.</threadsafety>
public static class PeriodTextReport
{
    private const int IntervalsShown = 12;

    /// <summary>The text of <paramref name="report"/> in <paramref name="language"/>.</summary>
    /// <param name="report">The report of a period.</param>
    /// <param name="language">The language of the report's words; quotes stay in the source document's Chinese.</param>
    /// <returns>The report, lines ending with <see cref="Environment.NewLine"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(PeriodReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var zh = language == Language.Zh;
        var text = new StringBuilder();
        var name = Name(report.EnterpriseName, report.EnterpriseId);
        var period = report.Period;
        text.AppendLine(zh
            ? $"期间合规报告：{name}，{Date(period.Start)} 至 {Date(period.End)}（{period.Length} 天，在 {report.DaysChecked.Count} 个可能改变结论的日期逐条判定）"
            : $"Period report: {name}, {Date(period.Start)} to {Date(period.End)} ({period.Length} days; the rules decided on the {report.DaysChecked.Count} days an outcome could change)");
        var counts = Enum.GetValues<Outcome>().ToDictionary(o => o, o => report.Rules.Count(r => r.Outcome == o));
        text.AppendLine(zh
            ? $"规则 {report.Rules.Count} 条：期间内有违反 {counts[Outcome.Violated]}，始终合规 {counts[Outcome.Compliant]}，不适用 {counts[Outcome.NotApplicable]}，无法判定 {counts[Outcome.Indeterminate]}，出错 {counts[Outcome.Error]}"
            : $"{report.Rules.Count} rules: {counts[Outcome.Violated]} violated on some day, {counts[Outcome.Compliant]} compliant throughout, {counts[Outcome.NotApplicable]} not applicable, {counts[Outcome.Indeterminate]} indeterminate, {counts[Outcome.Error]} error");
        foreach (var notice in report.Notices)
        {
            text.AppendLine((zh ? "提示：" : "Note: ") + notice.Text.In(language));
        }

        foreach (var rule in PeriodWords.Shown(report))
        {
            Write(text, rule, language);
        }

        return text.ToString();
    }

    /// <summary>The text of <paramref name="forecast"/> in <paramref name="language"/>.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="language">The language of the report's words.</param>
    /// <returns>The forecast, lines ending with <see cref="Environment.NewLine"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is null.</exception>
    public static string Render(ForecastReport forecast, Language language)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var zh = language == Language.Zh;
        var text = new StringBuilder();
        var name = Name(forecast.EnterpriseName, forecast.EnterpriseId);
        text.AppendLine(zh
            ? $"变化预测：{name}，自 {Date(forecast.AsOf)} 至 {Date(forecast.Until)}，假定记录不再变化"
            : $"Forecast: {name}, from {Date(forecast.AsOf)} to {Date(forecast.Until)}, if the records stay as they are");
        if (forecast.Changes.Count == 0)
        {
            text.AppendLine(zh ? "期间内没有规则的结论会改变。" : "No rule's outcome changes in this time.");
            return text.ToString();
        }

        foreach (var change in forecast.Changes)
        {
            text.AppendLine();
            var outcomes = change.Before == change.After
                ? (zh ? $"仍为{ReportWords.Outcome(change.After, language)}，违规记录变化" : $"still {ReportWords.Outcome(change.After, language)}, the records in breach change")
                : $"{ReportWords.Outcome(change.Before, language)} → {ReportWords.Outcome(change.After, language)}";
            text.AppendLine(CultureInfo.InvariantCulture, $"{Date(change.On)}  {change.Rule.Title.In(language)} ({change.Rule.Id}): {outcomes}");
            foreach (var cause in change.Causes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {cause.In(language)}");
            }

            if ((change.Result.Message ?? change.Result.Reason) is { } said)
            {
                var missing = change.Result.MissingFacts.Count > 0 ? $" ({string.Join(", ", change.Result.MissingFacts)})" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "届时" : "Then")}: {said.In(language)}{missing}");
            }
        }

        return text.ToString();
    }

    private static void Write(StringBuilder text, RulePeriod rule, Language language)
    {
        var zh = language == Language.Zh;
        var citation = rule.Rule.Citation;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"[{ReportWords.Severity(rule.Rule.Severity, language)}] {rule.Rule.Title.In(language)} ({rule.Rule.Id})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "依据" : "Clause")}: {citation.Document} {citation.Clause}: {citation.Quote}");
        var intervals = rule.Intervals(Outcome.Violated);
        if (intervals.Count > 0)
        {
            var shown = string.Join(", ", intervals.Take(IntervalsShown).Select(Interval));
            var more = intervals.Count > IntervalsShown ? (zh ? $" 等 {intervals.Count} 段" : $" and {intervals.Count - IntervalsShown} more") : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? $"违反 {rule.Days(Outcome.Violated)} 天" : $"Violated on {rule.Days(Outcome.Violated)} days")}: {shown}{more}");
        }
        else
        {
            text.AppendLine(zh ? "  逐日检查：期间内没有违反" : "  Day by day: not violated on any day");
        }

        foreach (var outcome in new[] { Outcome.Compliant, Outcome.Indeterminate, Outcome.NotApplicable, Outcome.Error })
        {
            if (rule.Days(outcome) > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {ReportWords.Outcome(outcome, language)}: {rule.Days(outcome)} {(zh ? "天" : "days")}");
            }
        }

        if (rule.Worst is { } worst && worst.Result.Message is { } message)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "最严重" : "Worst")} ({Interval(worst.Days)}): {message.In(language)}");
        }

        if (rule.Averages.Count > 0)
        {
            var months = rule.Averages.Where(a => a.Month is not null && a.DaysCounted > 0).Select(a => Average(a, language));
            var whole = rule.Averages[^1];
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "月平均占比" : "Monthly average share")} ({(zh ? "上限" : "limit")} {Percent(whole.Limit, 0)}): {string.Join(" · ", months)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "全期平均" : "Whole period")}: {Average(whole, language)}");
            var over = rule.Averages.Where(a => a.Month is not null && a.Exceeds).Select(a => YearMonthPattern.Iso.Format(a.Month!.Value)).ToArray();
            if (over.Length > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "月平均超过上限的月份" : "Months whose average is over the limit")}: {string.Join(", ", over)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "平均口径" : "How averaged")}: {rule.Rule.Average!.Reading}");
        }
    }

    private static string Average(PeriodAverage average, Language language)
    {
        var label = average.Month is { } month ? YearMonthPattern.Iso.Format(month) + " " : string.Empty;
        var over = average.Exceeds ? (language == Language.Zh ? "（超过）" : " (over)") : string.Empty;
        return $"{label}{Percent(average.Share, 1)}{over}";
    }

    private static string Name(string? name, string id) => name is null ? id : $"{name} ({id})";
}
