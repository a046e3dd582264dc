using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>Progress of a batch: plain lines for a log or a pipe, one bar redrawn in place on a terminal.</summary>
public sealed class BatchProgressTests
{
    [Fact]
    public void Off_a_terminal_progress_is_plain_lines_with_no_control_characters()
    {
        var writer = new StringWriter();
        var progress = new BatchProgress(302, writer, terminal: false);

        progress.Report(256);
        progress.Report(302);
        progress.Finish();

        var lines = writer.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("checked 256 of 302 (85%), ").And.EndWith(" s left");
        lines[1].Should().StartWith("checked 302 of 302 (100%), ");
        writer.ToString().Should().NotContain("\r").And.NotContain("\x1b").And.NotContain("█");
    }

    [Fact]
    public void On_a_terminal_one_line_is_redrawn_with_a_bar_and_ends_full_on_a_line_of_its_own()
    {
        var writer = new StringWriter();
        var progress = new BatchProgress(2416, writer, terminal: true, width: () => 80);

        progress.Report(1208);
        progress.Report(2416);
        progress.Finish();

        var output = writer.ToString();
        output.Should().StartWith("\r[").And.EndWith("\x1b[K\n");
        output.Count(c => c == '\n').Should().Be(1, "the bar stays on one line until it is done");
        var frames = output.TrimEnd('\n').Split('\r', System.StringSplitOptions.RemoveEmptyEntries).Select(f => f.Replace("\x1b[K", string.Empty)).ToArray();
        frames.Should().HaveCount(2);
        frames[0].Should().Contain("█").And.Contain("░").And.Contain("] 1,208/2,416   50%  ").And.EndWith(" left");
        frames[1].Should().Contain("] 2,416/2,416  100%  ").And.Contain("/s  in ").And.NotContain("░");
        frames.Should().OnlyContain(f => f.Length < 80, "a line as wide as the terminal would wrap and could not be redrawn");
    }

    [Fact]
    public void An_interrupted_bar_is_ended_once_so_the_next_message_starts_its_own_line()
    {
        var writer = new StringWriter();
        var progress = new BatchProgress(2416, writer, terminal: true, width: () => 80);

        progress.Report(256);
        progress.Finish();
        progress.Finish();

        writer.ToString().Should().StartWith("\r[").And.Contain(" 256/2,416 ").And.EndWith("\x1b[K\n");
        writer.ToString().Count(c => c == '\n').Should().Be(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(200)]
    public void The_bar_fits_any_width(int width)
    {
        var line = ProgressBar.Line(1234, 2416, 820, 2, width);

        line.Length.Should().BeLessThan(System.Math.Max(1, width));
        if (width >= 120)
        {
            line.Should().Be("[███████████████░░░░░░░░░░░░░░░] 1,234/2,416   51%  820/s  ~2 s left");
        }
    }

    [Theory]
    [InlineData(59.4, "~59 s left")]
    [InlineData(125, "~2 min 5 s left")]
    [InlineData(7300, "~2 h 1 min left")]
    public void Time_left_is_read_in_the_largest_unit_that_fits(double seconds, string shown)
    {
        ProgressBar.Line(1, 2, 1, seconds, 120).Should().EndWith(shown);
    }
}
