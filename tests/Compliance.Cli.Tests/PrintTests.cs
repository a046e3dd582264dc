using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace Compliance.Cli.Tests;

/// <summary>
/// An employer's page as an auditor prints it: Chromium prints it to PDF, whose pages must be A4, and a script added to
/// a copy of the page reads the styles that hold on paper — every finding kept whole, verdicts on one line.
/// </summary>
public sealed partial class PrintTests
{
    /// <summary>Writes, for the findings and the verdict cells, the styles that decide how they print.</summary>
    private const string Probe = """
        <script>
        (function () {
          var findings = Array.prototype.map.call(document.querySelectorAll('section.finding'), function (f) { return getComputedStyle(f).breakInside; });
          var verdicts = Array.prototype.map.call(document.querySelectorAll('#others td.outcome'), function (c) { return getComputedStyle(c).whiteSpace; });
          var probe = document.createElement('pre'); probe.id = 'print-probe';
          probe.textContent = 'findings=' + findings.join(',') + ';verdicts=' + Array.from(new Set(verdicts)).join(',');
          document.body.appendChild(probe);
        })();
        </script>
        """;

    private readonly ITestOutputHelper _output;

    public PrintTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void An_employer_page_prints_on_A4()
    {
        if (!Browser.Available(_output))
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("print-").FullName;
        try
        {
            var page = Path.Combine(folder, "check.html");
            Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--lang", "zh", "--out", page).Exit.Should().Be(1);
            var pdf = Path.Combine(folder, "check.pdf");

            Browser.Run(folder, "--no-pdf-header-footer", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri);

            var boxes = MediaBox().Matches(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));
            boxes.Should().NotBeEmpty("every PDF page names its size");
            foreach (Match box in boxes)
            {
                var width = double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture);
                var height = double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture);
                width.Should().BeApproximately(595.3, 1, "A4 is 210 mm wide (US Letter would be 612 pt)");
                height.Should().BeApproximately(841.9, 1, "A4 is 297 mm high (US Letter would be 792 pt)");
            }

            boxes.Count.Should().BeGreaterThan(1, "the sample's findings take several pages");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Findings_are_never_split_across_pages_and_verdicts_stay_on_one_line()
    {
        if (!Browser.Available(_output))
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("print-style-").FullName;
        try
        {
            var page = Path.Combine(folder, "check.html");
            Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--lang", "zh", "--out", page).Exit.Should().Be(1);
            var probed = Path.Combine(folder, "probe.html");
            File.WriteAllText(probed, File.ReadAllText(page).Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

            var match = PrintProbe().Match(Browser.Run(folder, "--dump-dom", new Uri(probed).AbsoluteUri));

            match.Success.Should().BeTrue("the probe writes its result into the page");
            var findings = match.Groups[1].Value.Split(',');
            findings.Should().HaveCountGreaterThan(5).And.OnlyContain(b => b == "avoid", "a finding split over two sheets is read as two");
            match.Groups[2].Value.Should().Be("nowrap", "合规 wrapped one character per line in a narrow column");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Other_rules_show_titles_in_the_report_language_and_charts_cut_long_labels()
    {
        var (_, zh, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--lang", "zh");
        var (_, en, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--lang", "en");

        var others = zh[zh.IndexOf("<table id=\"others\">", StringComparison.Ordinal)..];
        others.Should().Contain("<code class=\"id\">").And.MatchRegex("<tr><td>[\\p{IsCJKUnifiedIdeographs}]", "titles, not ids, lead each row");
        en[en.IndexOf("<table id=\"others\">", StringComparison.Ordinal)..].Should().MatchRegex("<tr><td>[A-Z][a-z]");
        zh.Should().Contain("class=\"legend\"").And.Contain("#b0171f").And.Contain("#e07b00");
    }

    [GeneratedRegex("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]")]
    private static partial Regex MediaBox();

    [GeneratedRegex("id=\"print-probe\">findings=([^;]*);verdicts=([^<]*)<")]
    private static partial Regex PrintProbe();
}
