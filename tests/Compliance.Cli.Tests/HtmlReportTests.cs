using System;
using System.IO;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// The HTML report, rendered by a real browser: headless Chromium loads the page, and the tests read the DOM it
/// built and the screenshot it took. .ci/run installs Debian's chromium; on a machine without it these tests say so
/// and pass only outside CI.
/// </summary>
public sealed class HtmlReportTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public HtmlReportTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    [Fact]
    public void Html_report_renders_in_chromium_with_violations_quotes_and_summary()
    {
        if (!BrowserAvailable())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("html-").FullName;
        try
        {
            var page = Path.Combine(folder, "report.html");
            var (exit, _, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--lang", "zh", "--out", page);
            exit.Should().Be(1);

            var dom = Chromium(folder, "--dump-dom", new Uri(page).AbsoluteUri);
            dom.Should().Contain("合规检查报告: 朔州市示例煤业有限公司")
                .And.Contain("data-rule=\"ldhtf-2012.dispatch.ratio\"")
                .And.Contain("<code>jin-rsbf-2022-18.dispatch.ratio</code>")
                .And.Contain("企业劳务派遣用工只限于临时性、辅助性、替代性工作岗位，且用工数量不得超过企业用工总量的10%")
                .And.Contain("劳务派遣用工 12 人，占用工总量 100 人的 12.0%，上限 10%")
                .And.Contain("<td data-outcome=\"Violated\">13</td>")
                .And.Contain("<svg");

            var screenshot = Path.Combine(folder, "report.png");
            Chromium(folder, $"--screenshot={screenshot}", "--window-size=1200,1600", new Uri(page).AbsoluteUri);
            File.Exists(screenshot).Should().BeTrue();
            var png = File.ReadAllBytes(screenshot);
            png.Length.Should().BeGreaterThan(10_000, "a rendered page, not a blank one");
            png[..4].Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Batch_page_renders_in_chromium_with_totals_charts_and_rejected_files()
    {
        if (!BrowserAvailable())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("html-batch-").FullName;
        try
        {
            Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", folder).Exit.Should().Be(1);

            var dom = Chromium(folder, "--dump-dom", new Uri(Path.Combine(folder, "report.html")).AbsoluteUri);

            dom.Should().Contain("批量合规检查报告").And.Contain("<td>302</td><td>300</td>")
                .And.Contain("employer-0301.json").And.Contain("<svg")
                .And.Contain("<a href=\"employers/B0001.html\">B0001</a>");

            var employer = Chromium(folder, "--dump-dom", new Uri(Path.Combine(folder, "employers", "B0001.html")).AbsoluteUri);
            employer.Should().Contain("Compliance report: 示例企业0001").And.Contain("class=\"finding").And.Contain("<svg");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Html_escapes_what_the_snapshot_says()
    {
        var folder = Directory.CreateTempSubdirectory("html-").FullName;
        try
        {
            var snapshot = Path.Combine(folder, "e.json");
            File.WriteAllText(snapshot, """{ "enterprise": { "id": "E1", "name": "<script>alert(1)</script>", "regionCode": "140105" } }""");
            var (_, output, _) = Cli.Run("check", snapshot, "--as-of", "2024-06-30", "--format", "html");

            output.Should().NotContain("<script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private bool BrowserAvailable() => Browser.Available(_output);

    private static string Chromium(string profileParent, params string[] args) => Browser.Run(profileParent, args);
}
