using System;
using System.IO;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using Compliance.Reports.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class BatchHtmlReportTests
{
    private static readonly BatchTotals s_totals = new(Total: 3, Checked: 2, Rejected: 1, NotChecked: 0, Violations: 5, EmployersInBreach: 1, Problems: 1, FromFiles: true);

    [Fact]
    public void The_page_shows_the_totals_lists_employers_in_breach_and_escapes_what_it_quotes()
    {
        var page = new BatchHtmlReport(Language.Zh);
        var mine = Samples.Shuozhou with { EnterpriseName = "<script>x</script>" };
        page.Add("compliant.json", Samples.Compliant);
        page.Add("mine.json", mine, inputProblems: 1, page: "employers/mine.html");
        page.Reject("broken.json", "line 1: expected '<' or '{'");
        using var output = new StringWriter();

        page.Write(output, s_totals, Samples.AsOf);

        var html = output.ToString();
        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</body></html>\n").And.NotContain("<script");
        html.Should().Contain("<th>文件 files</th>").And.Contain("<td>3</td><td>2</td><td>1</td><td>5</td><td>1</td><td>1</td><td>0</td>");
        html.Should().Contain("检查日期 as of 2024-06-30").And.Contain("&lt;script&gt;x&lt;/script&gt;");
        html.Should().Contain($"<a href=\"employers/mine.html\">{mine.EnterpriseId}</a>").And.Contain("expected &#39;&lt;&#39; or &#39;{&#39;");
        html.Should().NotContain("id=\"not-checked\"", "every employer was reached");
    }

    [Fact]
    public void An_interrupted_batch_says_so_at_the_top()
    {
        var page = new BatchHtmlReport(Language.En);
        using var output = new StringWriter();

        page.Write(output, s_totals with { NotChecked = 4, FromFiles = false }, Samples.AsOf);

        output.ToString().Should().Contain("<th>企业 employers</th>").And.Contain("Interrupted: 4 employers not checked");
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var page = new BatchHtmlReport(Language.En);
        FluentActions.Invoking(() => page.Add(null!, Samples.Compliant)).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => page.Add("x", null!)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => page.Reject("x", null!)).Should().Throw<ArgumentNullException>().WithParameterName("problem");
        FluentActions.Invoking(() => page.Write(null!, s_totals, Samples.AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => page.Write(TextWriter.Null, null!, Samples.AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("summary");
    }
}
