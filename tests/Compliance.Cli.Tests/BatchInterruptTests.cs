using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>Ctrl-C during a batch, as a user presses it: the process stops after the chunk under way and writes what it checked.</summary>
public sealed class BatchInterruptTests
{
    [Fact]
    public async Task Interrupt_stops_after_the_chunk_under_way_and_accounts_for_every_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = Directory.CreateTempSubdirectory("batch-in-").FullName;
        var output = Path.Combine(input, "out");
        try
        {
            // Eight copies of the sample batch: long enough to be interrupted part-way on any machine.
            var sources = Directory.GetFiles(Cli.Batch);
            for (var copy = 0; copy < 8; copy++)
            {
                foreach (var file in sources)
                {
                    File.Copy(file, Path.Combine(input, $"{copy}-{Path.GetFileName(file)}"));
                }
            }

            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Compliance.Cli.dll"), "batch", input, "--as-of", "2024-06-30", "--out", output, "--parallel", "1" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var firstProgress = await process.StandardError.ReadLineAsync();
            firstProgress.Should().StartWith("checked 256 of 2416");
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            var rest = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            process.ExitCode.Should().BeOneOf(1, 2);
            rest.Should().Contain("not checked; what was checked is written");
            var summary = (await stdout).Trim();
            summary.Should().MatchRegex(@"^2416 files: \d+ checked .* \d+ rejected, [1-9]\d* not checked; reports in ");
            var checkedCount = int.Parse(summary.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
            File.ReadLines(Path.Combine(output, "summary.csv")).Count().Should().Be(checkedCount + 1);
            File.Exists(Path.Combine(output, "report.xlsx")).Should().BeTrue();
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }
}
