using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using Compliance.Reports.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class PeriodTextReportTests
{
    [Fact]
    public void A_year_names_every_rule_violated_on_some_day_with_its_days_and_quote()
    {
        var report = Samples.ShuozhouYear;
        var text = PeriodTextReport.Render(report, Language.Zh);

        text.Should().StartWith("期间合规报告：").And.Contain("2024-01-01 至 2024-12-31（366 天");
        foreach (var rule in report.Violations)
        {
            text.Should().Contain($"({rule.Rule.Id})").And.Contain(rule.Rule.Citation.Quote).And.Contain($"违反 {rule.Days(Outcome.Violated)} 天");
        }

        text.Should().Contain("月平均超过上限的月份: 2024-01").And.Contain("平均口径: ");
        report.Rules.Where(r => r.Outcome == Outcome.Compliant && r.Averages.All(a => !a.Exceeds)).Should().OnlyContain(r => !text.Contains($"({r.Rule.Id})"), "a rule kept every day is counted, not listed");
    }

    [Fact]
    public void A_forecast_lists_each_change_with_its_causes_and_says_so_when_nothing_changes()
    {
        var forecast = Samples.ShuozhouForecast;
        var text = PeriodTextReport.Render(forecast, Language.En);
        foreach (var change in forecast.Changes)
        {
            text.Should().Contain($"({change.Rule.Id})");
            change.Causes.Should().OnlyContain(c => text.Contains("  - " + c.En));
        }

        text.Should().Contain("2025-01-01  Work-safety liability insurance in force in high-risk sectors (aqscf-2021.insurance.liability): Compliant → Violated\n  - insurance[0].until was 2024-12-31, the day before".Replace("\n", System.Environment.NewLine));
        PeriodTextReport.Render(Samples.CompliantForecast, Language.Zh).Should().EndWith("期间内没有规则的结论会改变。" + System.Environment.NewLine);
    }

    [Fact]
    public void The_html_page_draws_every_span_of_every_rule_shown_on_the_timeline()
    {
        var report = Samples.ShuozhouYear;
        var html = PeriodHtmlReport.Render(report, Language.En);
        var shown = report.Rules.Where(r => r.Outcome == Outcome.Violated || r.Averages.Any(a => a.Exceeds)).ToArray();
        var bars = html.Split("<rect ").Length - 1;
        bars.Should().Be(shown.Sum(r => r.Spans.Count));
        html.Should().Contain("<h2>Timeline</h2>").And.Contain("<td>Whole period</td>").And.EndWith("</body></html>\n");
        shown.Should().OnlyContain(r => html.Contains($"data-rule=\"{r.Rule.Id}\""));
    }

    [Fact]
    public void The_csv_has_a_row_per_span_and_per_average_counted_and_a_row_per_forecast_change()
    {
        var report = Samples.ShuozhouYear;
        var rows = PeriodCsv.Render(report, Language.En).Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be("employer,rule,severity,title,from,to,days,outcome,message,evidence,averageShare,limit,exceeds");
        rows.Should().HaveCount(1 + report.Rules.Sum(r => r.Spans.Count + r.Averages.Count(a => a.DaysCounted > 0)));
        rows.Should().Contain(r => r.StartsWith("E-SZ-001,aqscf-2021.hidden-danger.rectified-by-deadline,major,Hidden dangers removed by their deadline,2024-07-16,2024-12-31,169,Violated,", System.StringComparison.Ordinal));
        rows.Should().Contain("E-SZ-001,ldhtf-2012.dispatch.ratio,major,Dispatched workers at most 10% of the total workforce,2024-01-01,2024-12-31,366,period average,,,0.124069,0.10,true");

        var forecast = Samples.ShuozhouForecast;
        var changes = PeriodCsv.Render(forecast, Language.Zh).Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);
        changes.Should().HaveCount(1 + forecast.Changes.Count);
        changes.Should().Contain(r => r.StartsWith("E-SZ-001,2024-07-16,aqscf-2021.hidden-danger.rectified-by-deadline,major,", System.StringComparison.Ordinal) && r.Contains(",合规,违反,", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_forecast_page_has_a_row_per_change_with_its_causes()
    {
        var forecast = Samples.ShuozhouForecast;
        var html = PeriodHtmlReport.Render(forecast, Language.En);
        (html.Split("<tr data-rule=").Length - 1).Should().Be(forecast.Changes.Count);
        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</body></html>\n")
            .And.Contain("<td class=\"outcome\">2024-07-16</td><td>Hidden dangers removed by their deadline<code class=\"id\">中华人民共和国安全生产法 第四十一条 · aqscf-2021.hidden-danger.rectified-by-deadline</code></td>")
            .And.Contain("<li>hiddenDangers[HD-2024-07].deadline was 2024-07-15, the day before</li>");
        PeriodHtmlReport.Render(Samples.CompliantForecast, Language.Zh).Should().Contain("<p id=\"none\">期间内没有规则的结论会改变。</p>");
    }
}
