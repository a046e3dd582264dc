using System;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using Compliance.Reports.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class TextReportTests
{
    [Fact]
    public void The_shuozhou_report_names_every_violated_rule_with_its_chinese_quote()
    {
        var report = Samples.Shuozhou;
        var text = TextReport.Render(report, Language.Zh);

        var violated = report.Violations.ToArray();
        violated.Should().NotBeEmpty("the sample mine breaks the dispatch ratio, among others");
        text.Should().StartWith("合规检查报告：").And.Contain("检查日期 2024-06-30");
        foreach (var result in violated)
        {
            text.Should().Contain(result.Rule.Id).And.Contain(result.Rule.Citation.Quote);
        }

        text.Should().Contain($"违反 {report.Count(Outcome.Violated)}，合规 {report.Count(Outcome.Compliant)}");
    }

    [Fact]
    public void English_speaks_english_and_quotes_stay_chinese_with_their_translation()
    {
        var report = Samples.Shuozhou;
        var text = TextReport.Render(report, Language.En);
        var first = report.Findings()[0].Results[0].Rule;

        text.Should().StartWith("Compliance report: ").And.Contain(" violated, ").And.Contain("VIOLATED  [critical]")
            .And.Contain("  Quote:    " + first.Citation.Quote).And.Contain(first.Citation.English);
        text.Should().NotContain("违反 ", "the words are English");
    }

    [Fact]
    public void Write_writes_what_render_returns()
    {
        var report = Samples.Compliant;
        using var output = new StringWriter();

        TextReport.Write(report, Language.En, output);

        output.ToString().Should().Be(TextReport.Render(report, Language.En)).And.NotContain("VIOLATED");
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var report = Samples.Compliant;
        FluentActions.Invoking(() => TextReport.Render(null!, Language.Zh)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => TextReport.Write(report, Language.Zh, null!)).Should().Throw<ArgumentNullException>().WithParameterName("output");
    }
}
