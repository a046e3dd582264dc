using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using Compliance.Reports.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class HtmlReportTests
{
    [Fact]
    public void The_page_is_a_whole_document_with_a_section_per_finding()
    {
        var report = Samples.Shuozhou;
        var html = HtmlReport.Render(report, Language.Zh);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">").And.EndWith("</body></html>\n");
        html.Should().Contain("<h1 id=\"title\">合规检查报告: ").And.Contain("<table id=\"summary\">").And.Contain("<table id=\"others\">");
        foreach (var finding in report.Findings())
        {
            html.Should().Contain($"data-rule=\"{finding.Results[0].Rule.Id}\"");
        }

        html.Split("<section ").Length.Should().Be(report.Findings().Count + 1);
    }

    [Fact]
    public void An_employer_name_is_escaped_and_the_page_has_no_script()
    {
        var report = Samples.Shuozhou with { EnterpriseName = "<script>alert('x')</script> & Co" };
        var html = HtmlReport.Render(report, Language.En);

        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co").And.NotContain("<script");
    }

    [Fact]
    public void The_charts_are_well_formed_svg()
    {
        var html = HtmlReport.Render(Samples.Shuozhou, Language.En);
        var figures = html.Split("<figure class=\"chart\">").Skip(1).Select(f => "<figure>" + f[..(f.IndexOf("</figure>", StringComparison.Ordinal) + 9)]).ToArray();

        figures.Should().HaveCount(2);
        foreach (var figure in figures)
        {
            XElement.Parse(figure).Descendants().Should().Contain(e => e.Name.LocalName == "rect");
        }
    }

    [Fact]
    public void Write_writes_what_render_returns()
    {
        var report = Samples.Compliant;
        using var output = new StringWriter();

        HtmlReport.Write(report, Language.Zh, output);

        output.ToString().Should().Be(HtmlReport.Render(report, Language.Zh));
    }

    [Fact]
    public void The_report_style_names_the_installed_CJK_font_first() =>
        HtmlReport.Style.Should().Contain("font-family:\"Noto Sans CJK SC\",", "Debian's fonts-noto-cjk installs that family, and .ci/run installs the package");

    [Fact]
    public void Null_arguments_are_refused()
    {
        FluentActions.Invoking(() => HtmlReport.Render(null!, Language.Zh)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => HtmlReport.Write(Samples.Compliant, Language.Zh, null!)).Should().Throw<ArgumentNullException>().WithParameterName("output");
    }
}
