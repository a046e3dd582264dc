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
/// A period report as an HTML page: a timeline per rule violated on some day, its spans coloured by outcome over
/// the period's days, with month ticks; then per rule the intervals, the worst figures and the monthly averages.
/// A forecast as a page of its changes, by day, each with its causes.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread.</threadsafety>
public static class PeriodHtmlReport
{
    private const int Width = 720;
    private const int RowHeight = 22;

    /// <summary>The HTML page of <paramref name="report"/> in <paramref name="language"/>.</summary>
    /// <param name="report">The report of a period.</param>
    /// <param name="language">The language of the page's words; quotes stay in the source document's Chinese.</param>
    /// <returns>The page, to be saved as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(PeriodReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var zh = language == Language.Zh;
        string T(string chinese, string english) => zh ? chinese : english;
        var html = Page(T("期间合规报告", "Period report"), report.EnterpriseName ?? report.EnterpriseId, zh);
        var period = report.Period;
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Html.E(report.EnterpriseId)} · {Date(period.Start)} – {Date(period.End)} ({period.Length} {Html.E(T("天", "days"))}) · {Html.E(T("规则库", "catalogue"))} {Html.E(report.CatalogueHash[..12])}</p>\n");
        html.Append(Html.OutcomeTable(o => report.Rules.Count(r => r.Outcome == o), language));
        var shown = PeriodWords.Shown(report).ToArray();
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Html.E(T("时间线", "Timeline"))}</h2>\n");
        html.Append(Timeline(shown, period, language));
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"legend\">{string.Join(string.Empty, new[] { Outcome.Violated, Outcome.Compliant, Outcome.Indeterminate, Outcome.NotApplicable, Outcome.Error }.Select(o => $"<span class=\"swatch\" style=\"background:{Colour(o)}\"></span>{Html.E(ReportWords.Outcome(o, language))}"))}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Html.E(T("违反的规定", "Violations"))}</h2>\n");
        foreach (var rule in shown)
        {
            var citation = rule.Rule.Citation;
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"finding {rule.Rule.Severity.ToString().ToLowerInvariant()}\" data-rule=\"{Html.E(rule.Rule.Id)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<h3>[{Html.E(ReportWords.Severity(rule.Rule.Severity, language))}] {Html.E(rule.Rule.Title.In(language))}</h3>");
            html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"label\">{Html.E(citation.Document)} {Html.E(citation.Clause)}</span> <code>{Html.E(rule.Rule.Id)}</code></p>");
            html.Append(CultureInfo.InvariantCulture, $"<blockquote><p>{Html.E(citation.Quote)}</p><p class=\"en\">{Html.E(citation.English)}</p></blockquote>");
            var intervals = rule.Intervals(Outcome.Violated);
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"violated-days\"><span class=\"label\">{Html.E(T("违反天数", "Days violated"))}:</span> {rule.Days(Outcome.Violated)}{(intervals.Count > 0 ? " — " + Html.E(string.Join(", ", intervals.Select(Interval))) : string.Empty)}</p>");
            if (rule.Worst is { Result.Message: { } message } worst)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"label\">{Html.E(T("最严重", "Worst"))} ({Html.E(Interval(worst.Days))}):</span> {Html.E(message.In(language))}</p>");
            }

            if (rule.Averages.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<table class=\"averages\"><tr><th>{Html.E(T("月份", "Month"))}</th><th class=\"num\">{Html.E(T("计入天数", "Days counted"))}</th><th class=\"num\">{Html.E(T("平均占比", "Average share"))}</th><th class=\"outcome\">{Html.E(T("上限", "Limit"))}</th></tr>");
                foreach (var average in rule.Averages)
                {
                    var label = average.Month is { } month ? YearMonthPattern.Iso.Format(month) : T("全期", "Whole period");
                    var share = average.DaysCounted == 0 ? "—" : Percent(average.Share, 1);
                    html.Append(CultureInfo.InvariantCulture, $"<tr{(average.Exceeds ? " class=\"over\" style=\"color:#b00020;font-weight:bold\"" : string.Empty)}><td>{Html.E(label)}</td><td class=\"num\">{average.DaysCounted}</td><td class=\"num\">{share}</td><td>{Percent(average.Limit, 1)}</td></tr>");
                }

                html.Append(CultureInfo.InvariantCulture, $"</table><p class=\"en\">{Html.E(rule.Rule.Average!.Reading)}</p>");
            }

            html.Append("</section>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>The HTML page of <paramref name="forecast"/> in <paramref name="language"/>: one row per change, by day, with its causes.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <param name="language">The language of the page's words.</param>
    /// <returns>The page, to be saved as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="forecast"/> is null.</exception>
    public static string Render(ForecastReport forecast, Language language)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        var zh = language == Language.Zh;
        string T(string chinese, string english) => zh ? chinese : english;
        var html = Page(T("变化预测", "Forecast"), forecast.EnterpriseName ?? forecast.EnterpriseId, zh);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Html.E(forecast.EnterpriseId)} · {Date(forecast.AsOf)} – {Date(forecast.Until)} · {Html.E(T("假定记录不再变化", "if the records stay as they are"))} · {Html.E(T("规则库", "catalogue"))} {Html.E(forecast.CatalogueHash[..12])}</p>\n");
        if (forecast.Changes.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"none\">{Html.E(T("期间内没有规则的结论会改变。", "No rule's outcome changes in this time."))}</p>\n</body></html>\n");
            return html.ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<table id=\"changes\"><tr><th>{Html.E(T("日期", "Day"))}</th><th>{Html.E(T("规则", "Rule"))}</th><th class=\"outcome\">{Html.E(T("结论", "Outcome"))}</th><th>{Html.E(T("原因", "Causes"))}</th></tr>\n");
        foreach (var change in forecast.Changes)
        {
            var citation = change.Rule.Citation;
            var causes = string.Concat(change.Causes.Select(c => $"<li>{Html.E(c.In(language))}</li>"));
            var said = (change.Result.Message ?? change.Result.Reason) is { } text ? $"<p class=\"en\">{Html.E(text.In(language))}</p>" : string.Empty;
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-rule=\"{Html.E(change.Rule.Id)}\"><td class=\"outcome\">{Date(change.On)}</td><td>{Html.E(change.Rule.Title.In(language))}<code class=\"id\">{Html.E(citation.Document)} {Html.E(citation.Clause)} · {Html.E(change.Rule.Id)}</code></td>"
                + $"<td class=\"outcome\">{Html.E(ReportWords.Outcome(change.Before, language))} → <span style=\"color:{Colour(change.After)}\">{Html.E(ReportWords.Outcome(change.After, language))}</span></td><td><ul>{causes}</ul>{said}</td></tr>\n");
        }

        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    /// <summary>A page begun: its head, with the reports' style, and its heading.</summary>
    private static StringBuilder Page(string title, string name, bool zh)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{(zh ? "zh-CN" : "en")}\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.E(name)} — {Html.E(title)}</title><style>{HtmlReport.Style}</style></head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1 id=\"title\">{Html.E(title)}: {Html.E(name)}</h1>\n");
        return html;
    }

    /// <summary>One row per rule: its spans as bars across the period, months marked below.</summary>
    private static string Timeline(RulePeriod[] rules, DateInterval period, Language language)
    {
        var svg = new StringBuilder();
        var height = (rules.Length * RowHeight) + 24;
        double X(LocalDate day) => Width * (double)Period.DaysBetween(period.Start, day) / period.Length;
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" role=\"img\">");
        for (var i = 0; i < rules.Length; i++)
        {
            var y = i * RowHeight;
            foreach (var span in rules[i].Spans)
            {
                var x = X(span.Days.Start);
                var w = Math.Max(1, X(span.Days.End.PlusDays(1)) - x);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y + 12}\" width=\"{w:0.#}\" height=\"8\" fill=\"{Colour(span.Result.Outcome)}\"><title>{Interval(span.Days)}: {Html.E(ReportWords.Outcome(span.Result.Outcome, language))}</title></rect>");
            }

            // Documents that restate a duty share its title: the document tells the rows apart.
            var label = $"{rules[i].Rule.Citation.Document} {rules[i].Rule.Citation.Clause} · {rules[i].Rule.Title.In(language)}";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 10}\">{Html.E(Html.Fit(label, Width))}</text>");
        }

        for (var month = new YearMonth(period.Start.Year, period.Start.Month); month.OnDayOfMonth(1) <= period.End; month = month.PlusMonths(1))
        {
            var first = month.OnDayOfMonth(1) < period.Start ? period.Start : month.OnDayOfMonth(1);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(first):0.#}\" y=\"{height - 4}\">{month.Month}</text>");
        }

        svg.Append("</svg></figure>\n");
        return svg.ToString();
    }

    private static string Colour(Outcome outcome) => outcome switch
    {
        Outcome.Violated => "#b00020",
        Outcome.Compliant => "#2e7d32",
        Outcome.Indeterminate => "#f9a825",
        Outcome.Error => "#6a1b9a",
        _ => "#bdbdbd",
    };

}
