using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace Compliance.Cli.Tests;

/// <summary>
/// The reports' Chinese as Chromium draws it. A DOM holds the right characters whether or not a font can draw them, so
/// these tests look at pixels: a script added to a copy of the page draws six different characters in the page's own
/// font on a canvas. With a CJK font they are six different pictures, each one em wide; without one, Chromium draws
/// every character as the same empty box, and the test fails. .ci/run installs Debian's fonts-noto-cjk.
/// </summary>
public sealed partial class ChineseFontTests
{
    /// <summary>Writes "distinct=N width=W" into the page: how many different pictures six characters gave, and the width of one at 48px.</summary>
    private const string Probe = """
        <script>
        (function () {
          var family = getComputedStyle(document.getElementById('title')).fontFamily;
          var canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 64;
          var context = canvas.getContext('2d');
          context.font = '48px ' + family; context.textBaseline = 'top'; context.fillStyle = '#000';
          var pictures = {};
          ['合', '规', '检', '查', '报', '告'].forEach(function (character) {
            context.clearRect(0, 0, 64, 64); context.fillText(character, 4, 4);
            pictures[Array.prototype.join.call(context.getImageData(0, 0, 64, 64).data, ',')] = true;
          });
          var probe = document.createElement('pre'); probe.id = 'font-probe';
          probe.textContent = 'distinct=' + Object.keys(pictures).length + ' width=' + Math.round(context.measureText('合').width);
          document.body.appendChild(probe);
        })();
        </script>
        """;

    private readonly ITestOutputHelper _output;

    public ChineseFontTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Employer_page_and_batch_report_draw_their_Chinese_as_glyphs_not_boxes()
    {
        if (!Browser.Available(_output))
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("font-").FullName;
        try
        {
            var page = Path.Combine(folder, "check.html");
            Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--lang", "zh", "--out", page).Exit.Should().Be(1);
            var batch = Path.Combine(folder, "batch");
            Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--lang", "zh", "--out", batch).Exit.Should().Be(1);

            foreach (var report in new[] { page, Path.Combine(batch, "report.html"), Path.Combine(batch, "employers", "B0001.html") })
            {
                var (distinct, width) = Measure(folder, report, new Dictionary<string, string>());
                distinct.Should().Be(6, "six different characters of {0} are six different glyphs; one picture for all is the empty box of a missing CJK font (apt-get install fonts-noto-cjk)", report);
                width.Should().Be(48, "a CJK glyph is one em wide");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_glyph_probe_sees_boxes_when_no_CJK_font_is_there()
    {
        if (!Browser.Available(_output))
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("font-none-").FullName;
        try
        {
            // A fontconfig that knows no font at all: what a machine without fonts-noto-cjk shows for Chinese.
            var config = Path.Combine(folder, "fonts.conf");
            File.WriteAllText(config, $"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><cachedir>{Path.Combine(folder, "cache")}</cachedir></fontconfig>""");
            var page = Path.Combine(folder, "check.html");
            Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--lang", "zh", "--out", page).Exit.Should().Be(1);

            var (distinct, _) = Measure(folder, page, new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config });

            distinct.Should().BeLessThan(6, "without a font for them, Chinese characters are all drawn alike");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Distinct, int Width) Measure(string folder, string report, IReadOnlyDictionary<string, string> environment)
    {
        var probed = Path.Combine(folder, "probe.html");
        File.WriteAllText(probed, File.ReadAllText(report).Replace("</body>", Probe + "</body>", StringComparison.Ordinal));
        var dom = Browser.Run(folder, environment, "--dump-dom", new Uri(probed).AbsoluteUri);
        var match = ProbeResult().Match(dom);
        match.Success.Should().BeTrue("the probe writes its result into the page: {0}", dom.Length > 300 ? dom[^300..] : dom);
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("id=\"font-probe\">distinct=(\\d+) width=(\\d+)<")]
    private static partial Regex ProbeResult();
}
