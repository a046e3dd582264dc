using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Spreadsheets;
using NodaTime;

namespace Compliance.ImportBench;

/// <summary>
/// Measures the spreadsheet import on a generated CSV batch of growing size, each run in its own process so that
/// peak memory is the run's: a plain read of the same files (the floor any importer pays), the import (snapshots
/// built employer by employer), and the import with every employer checked. A streaming import keeps its peak memory
/// flat as the batch grows.
/// usage: Compliance.ImportBench [--employers 2000,20000] [--workers 50] | --province EMPLOYERS [--repeat 3]
///        | --run baseline|import|check --folder F
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var run = Value(args, "--run");
        if (run is not null)
        {
            return Child(run, Value(args, "--folder") ?? throw new ArgumentException("--run needs --folder"));
        }

        if (Value(args, "--province") is { } province)
        {
            return Province(int.Parse(province, CultureInfo.InvariantCulture), int.Parse(Value(args, "--repeat") ?? "3", CultureInfo.InvariantCulture));
        }

        var sizes = (Value(args, "--employers") ?? "2000,20000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var workers = int.Parse(Value(args, "--workers") ?? "50", CultureInfo.InvariantCulture);
        Console.WriteLine("| employers | worker rows | all rows | MiB on disk | run | seconds | rows/s | peak working set MiB | allocated MiB | time / plain read |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var employers in sizes)
        {
            var folder = Batch.Generate(employers, workers);
            var rows = employers * (1 + (2 * workers));
            var disk = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) / 1048576.0;
            var workbook = Batch.Workbook(folder);
            double? floor = null;
            foreach (var (mode, input, label) in new[] { ("baseline", folder, "baseline"), ("import", folder, "import"), ("check", folder, "check"), ("import", workbook, "import .xlsx") })
            {
                var r = Measure(mode, input);
                floor ??= r.Seconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {employers:N0} | {employers * workers:N0} | {rows:N0} | {disk:F0} | {label} | {r.Seconds:F2} | {rows / r.Seconds:N0} | {r.Peak / 1048576.0:F0} | {r.Allocated / 1048576.0:F0} | {r.Seconds / floor.Value:F2} |"));
            }
        }

        return 0;
    }

    /// <summary>
    /// The province batch (bench/Compliance.Province, seed 18): a bare read, opening alone (the order check) and the
    /// import, interleaved
    /// <paramref name="repeat"/> times each in a child process of its own; the medians, and the import's ratio to the
    /// bare read of the same files in the same run.
    /// </summary>
    private static int Province(int employers, int repeat)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"compliance-province-{employers}-seed{Compliance.Province.ProvinceGenerator.DefaultSeed}");
        if (!File.Exists(Path.Combine(folder, "done")))
        {
            Compliance.Province.ProvinceGenerator.Generate(folder, employers);
            File.WriteAllText(Path.Combine(folder, "done"), string.Empty);
        }

        var rows = Directory.EnumerateFiles(folder, "*.csv").Sum(f => File.ReadLines(f).LongCount() - 1);
        var disk = Directory.EnumerateFiles(folder, "*.csv").Sum(f => new FileInfo(f).Length) / 1048576.0;
        var runs = new[] { "baseline", "open", "import" }.ToDictionary(m => m, _ => new System.Collections.Generic.List<(double Seconds, long Peak, long Allocated)>(), StringComparer.Ordinal);
        for (var i = 0; i < repeat; i++)
        {
            foreach (var mode in runs.Keys)
            {
                runs[mode].Add(Measure(mode, folder));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"province batch: {employers:N0} employers, {rows:N0} rows, {disk:F0} MiB; medians of {repeat} runs"));
        Console.WriteLine("| run | seconds | rows/s | peak working set MiB | allocated MiB | time / bare read | peak / bare read |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        var floor = Median(runs["baseline"]);
        foreach (var (mode, measured) in runs)
        {
            var r = Median(measured);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {mode} | {r.Seconds:F2} | {rows / r.Seconds:N0} | {r.Peak / 1048576.0:F0} | {r.Allocated / 1048576.0:F0} | {r.Seconds / floor.Seconds:F2} | {(double)r.Peak / floor.Peak:F2} |"));
        }

        return 0;
    }

    private static (double Seconds, long Peak, long Allocated) Median(System.Collections.Generic.List<(double Seconds, long Peak, long Allocated)> runs)
    {
        var sorted = runs.OrderBy(r => r.Seconds).ToArray();
        return sorted[sorted.Length / 2];
    }

    private static int Child(string mode, string folder)
    {
        var clock = Stopwatch.StartNew();
        long count = 0;
        if (mode == "baseline")
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.csv"))
            {
                using var reader = new StreamReader(file, Encoding.UTF8);
                while (reader.ReadLine() is { } line)
                {
                    count += line.Split(',').Length;
                }
            }
        }
        else if (mode == "open")
        {
            // Opening alone: headers and the one pass over every table that checks the rows' order.
            count = SpreadsheetBatch.Open(folder).Batch!.EmployerRows;
        }
        else
        {
            var checker = mode == "check" ? ComplianceChecker.Create(RuleCatalogue.LoadBundled().Catalogue!) : null;
            clock.Restart();
            var opened = SpreadsheetBatch.Open(folder);
            foreach (var employer in opened.Batch!.Employers())
            {
                count += employer.Snapshot!.Workers!.Count;
                if (checker is not null)
                {
                    count += checker.Check(employer.Snapshot, new LocalDate(2024, 6, 30)).Results.Count;
                }
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {seconds} {self.PeakWorkingSet64} {GC.GetTotalAllocatedBytes(true)} {count}"));
        return 0;
    }

    private static (double Seconds, long Peak, long Allocated) Measure(string mode, string folder)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var argument in new[] { "--run", mode, "--folder", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').Single(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Split(' ');
        return (double.Parse(line[1], CultureInfo.InvariantCulture), long.Parse(line[2], CultureInfo.InvariantCulture), long.Parse(line[3], CultureInfo.InvariantCulture));
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
