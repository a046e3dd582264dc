using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// Ctrl-C or TERM during a batch: it stops taking employers, writes what it checked, lists the rest in
/// not-checked.csv, leaves manifest.json incomplete and exits 130; a second one ends it at once. SIGKILL, which
/// cannot be handled, leaves no empty or cut-off file under a final name.
/// </summary>
public sealed class BatchInterruptTests
{
    [Fact]
    public void An_interrupt_writes_a_prefix_of_the_employers_and_lists_the_rest_in_order()
    {
        var output = Directory.CreateTempSubdirectory("batch-stop-").FullName;
        var input = Directory.CreateTempSubdirectory("batch-stop-input-").FullName;
        try
        {
            // Two threads: at most 256 employers in flight past the 256th, so the interrupt leaves some of 604 unchecked.
            const int Total = 604;
            var inFlight = 2 * BatchPipeline.WindowPerWorker;
            // Only files that read: the sample batch ends with two that are meant to be rejected, and a run that
            // takes more than 300 before the interrupt lands (it may take up to 256 + inFlight) would reject copies of them.
            var files = Directory.GetFiles(Cli.Batch).Order(StringComparer.Ordinal)
                .Where(file => ChinaLabour.Compliance.Snapshots.SnapshotReader.ReadFile(file).Success)
                .ToArray();
            for (var n = 1; n <= Total; n++)
            {
                File.Copy(files[(n - 1) % files.Length], Path.Combine(input, $"employer-{n:0000}.json"));
            }

            using var stop = new CancellationTokenSource();
            var stderr = new Interrupting($"checked 256 of {Total}", stop);

            var (exit, stdout, err) = Cli.Run(stderr, stop.Token, "batch", input, "--as-of", "2024-06-30", "--out", output, "--parallel", "2");

            exit.Should().Be(ExitCodes.Interrupted, err);
            var checkedCount = int.Parse(stdout.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
            checkedCount.Should().BeInRange(256, 256 + inFlight);
            var left = Total - checkedCount;
            stdout.Should().StartWith($"{Total} files: {checkedCount} checked (").And.Contain($"0 rejected, {left} not checked");
            err.Should().Contain($"stopped: {left} files not checked, listed in not-checked.csv");
            File.ReadLines(Path.Combine(output, "summary.csv")).Should().HaveCount(checkedCount + 1);
            File.ReadLines(Path.Combine(output, "reports.jsonl")).Should().HaveCount(checkedCount);
            var notChecked = File.ReadAllLines(Path.Combine(output, "not-checked.csv"));
            notChecked.Skip(1).Should().Equal(Enumerable.Range(checkedCount + 1, left).Select(n => $"employer-{n:0000}.json,"));
            MiniExcelLibs.MiniExcel.GetSheetNames(Path.Combine(output, "report.xlsx")).Should().Equal("summary", "violations", "rejected", "not-checked");
            File.ReadAllText(Path.Combine(output, "report.html")).Should().Contain($"Interrupted: {left} files not checked");

            using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
            manifest.RootElement.GetProperty("complete").GetBoolean().Should().BeFalse();
            manifest.RootElement.GetProperty("interrupted").GetBoolean().Should().BeTrue();
            manifest.RootElement.GetProperty("counts").GetProperty("checked").GetInt32().Should().Be(checkedCount);
            manifest.RootElement.GetProperty("counts").GetProperty("notChecked").GetInt32().Should().Be(left);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void An_interrupt_while_the_rules_load_lists_every_employer_as_not_checked()
    {
        var output = Directory.CreateTempSubdirectory("batch-stop-").FullName;
        try
        {
            using var stop = new CancellationTokenSource();
            stop.Cancel();

            var (exit, stdout, _) = Cli.Run(new StringWriter(), stop.Token, "batch", Cli.Samples, "--as-of", "2024-06-30", "--out", output);

            exit.Should().Be(ExitCodes.Interrupted);
            stdout.Should().StartWith("7 files: 0 checked (0 with violations, 0 violations in all), 0 rejected, 7 not checked");
            File.ReadAllLines(Path.Combine(output, "not-checked.csv")).Should().HaveCount(8);
            File.ReadAllLines(Path.Combine(output, "summary.csv")).Should().HaveCount(1);
            File.ReadAllText(Path.Combine(output, "manifest.json")).Should().Contain("\"complete\": false");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void The_first_interrupt_asks_the_run_to_stop_and_the_second_ends_the_process_with_130()
    {
        var stderr = new StringWriter();
        int? exited = null;
        using var interrupts = new Interrupts(stderr, code => exited = code);

        interrupts.Receive();

        interrupts.Stop.IsCancellationRequested.Should().BeTrue();
        exited.Should().BeNull();
        stderr.ToString().Should().Be(Interrupts.Stopping + Environment.NewLine);

        interrupts.Receive();

        exited.Should().Be(130);
        stderr.ToString().Should().EndWith(Interrupts.StoppingNow + Environment.NewLine);
    }

    [Fact]
    public async Task SIGINT_to_the_process_writes_what_was_checked_lists_the_rest_and_exits_130()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Two copies of the sample batch: the signal comes as the first 256 are done, with 348 still to check.
        var input = ChildCli.CopiesOfTheSampleBatch(2);
        var output = Path.Combine(input, "out");
        try
        {
            using var process = ChildCli.Start("batch", input, "--as-of", "2024-06-30", "--out", output, "--parallel", "1");
            var stdout = process.StandardOutput.ReadToEndAsync();
            (await ChildCli.UntilFirstProgress(process)).Should().Contain("checked 256 of 604");
            await ChildCli.Signal(process, "-INT");
            var rest = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            process.ExitCode.Should().Be(130, rest);
            rest.Should().Contain(Interrupts.Stopping).And.Contain("not checked, listed in not-checked.csv");
            var summary = (await stdout).Trim();
            // Where the signal lands decides whether the batch's unreadable files were reached: when they were, their
            // input problems are counted before the reports' folder is named.
            summary.Should().MatchRegex(@"^604 files: \d+ checked .* \d+ rejected, [1-9]\d* not checked(; \d+ input problem\(s\) in rejected\.csv: [^;]+)?; reports in ");
            var words = summary.Split(' ');
            var checkedCount = int.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture);
            File.ReadLines(Path.Combine(output, "summary.csv")).Count().Should().Be(checkedCount + 1);
            var notChecked = File.ReadLines(Path.Combine(output, "not-checked.csv")).Count() - 1;
            notChecked.Should().BePositive();
            File.ReadLines(Path.Combine(output, "rejected.csv")).Count().Should().Be(604 - checkedCount - notChecked + 1);
            File.Exists(Path.Combine(output, "report.xlsx")).Should().BeTrue();
            File.ReadAllText(Path.Combine(output, "manifest.json")).Should().Contain("\"complete\": false").And.Contain("\"interrupted\": true");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public async Task SIGKILL_part_way_leaves_no_empty_or_cut_off_file_under_a_final_name()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var input = ChildCli.CopiesOfTheSampleBatch(2);
        var output = Path.Combine(input, "out");
        try
        {
            using var process = ChildCli.Start("batch", input, "--as-of", "2024-06-30", "--out", output, "--parallel", "1", "--employer-pages", "all");
            _ = process.StandardOutput.ReadToEndAsync();
            await ChildCli.UntilFirstProgress(process);
            process.Kill();
            await process.WaitForExitAsync();

            File.ReadAllText(Path.Combine(output, "manifest.json")).Should().Contain("\"complete\": false");
            var finals = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).ToArray();
            finals.Should().Contain(f => f.EndsWith(".html", StringComparison.Ordinal), "the first chunk's pages were written before the kill");
            foreach (var file in finals)
            {
                var text = File.ReadAllText(file);
                text.Should().NotBeEmpty(file);
                if (file.EndsWith(".html", StringComparison.Ordinal))
                {
                    text.TrimEnd().Should().EndWith("</html>", file);
                }
            }

            JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json"))).Dispose();

            // The tables are written under temporary names until the end: none is under its final name yet.
            File.Exists(Path.Combine(output, "summary.csv")).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    /// <summary>Standard error that cancels the run when a given line is written, as a user pressing Ctrl-C at that moment.</summary>
    private sealed class Interrupting(string trigger, CancellationTokenSource stop) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.Contains(trigger, StringComparison.Ordinal) == true)
            {
                stop.Cancel();
            }
        }
    }
}
