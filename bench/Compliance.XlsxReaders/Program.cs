using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Compliance.XlsxReaders;

/// <summary>
/// Compares XLSX readers for a streaming import, or with <c>--csv FILE</c> the CSV readers of <see cref="CsvReaders"/>
/// on that file. Without <c>--reader</c> it generates (or reuses) the workbook and
/// runs every reader <c>--runs</c> times, each run in a child process of its own (this program again, with
/// <c>--reader X --file F</c>), so that peak working set is per reader; it prints the medians and fails when the
/// readers' checksums differ. <c>--probe</c> prints what an importer needs to know about each reader.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: Compliance.XlsxReaders [--rows N] [--seed S] [--runs R] [--readers a,b] | --csv FILE [--runs R] [--readers a,b] | --probe [--rows N] | --reader X --file F";

    public static int Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 64;
        }

        if (options.Reader is not null)
        {
            return Child(options.Reader, options.File ?? throw new ArgumentException("--reader needs --file"));
        }

        return options.Probe ? Probe.Run(options.Rows, options.Seed) : Bench(options);
    }

    private static int Child(string reader, string file)
    {
        var tally = new Tally();
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        if (CsvReaders.Knows(reader))
        {
            CsvReaders.Read(reader, file, tally);
        }
        else if (reader != "none")
        {
            Readers.Read(reader, file, tally);
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true);
        self.Refresh();
        cpu = self.TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"RESULT {reader} {clock.Elapsed.TotalSeconds:R} {self.PeakWorkingSet64} {allocated} {tally.RowsYielded} {tally.Rows} {tally.Cells} {tally.Hash:x16} {cpu.TotalSeconds:R}"));
        return 0;
    }

    private static int Bench(Options options)
    {
        var clock = Stopwatch.StartNew();
        var path = options.Csv ?? Workload.Ensure(options.Rows, options.Seed);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(options.Csv is null ? "workbook" : "CSV")} {path}: {new FileInfo(path).Length / 1048576.0:F1} MiB, ready in {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {options.Runs} runs per reader, one child process per run; load average {LoadAverage()}"));

        var floor = RunChild("none", path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"child that reads nothing: peak working set {Mib(floor.PeakWorkingSet):F0} MiB"));

        var results = options.Readers.ToDictionary(r => r, _ => new List<Result>());
        for (var run = 1; run <= options.Runs; run++)
        {
            foreach (var reader in options.Readers)
            {
                var result = RunChild(reader, path);
                results[reader].Add(result);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run} {reader,-18} {result.Seconds,7:F2} s ({result.CpuSeconds:F2} s CPU)  {Mib(result.PeakWorkingSet),7:F0} MiB peak  {Mib(result.Allocated),8:F0} MiB allocated  yielded {result.RowsYielded} rows; {result.Checksum}"));
            }
        }

        // The bare read counts lines and reads no cell: it has no checksum to agree with.
        var checksums = results.Where(r => r.Key != CsvReaders.BareName).SelectMany(r => r.Value).Select(r => r.Checksum).Distinct().ToArray();
        if (checksums.Length != 1)
        {
            Console.Error.WriteLine("CHECKSUM MISMATCH: the readers do not agree on the cells");
            foreach (var (reader, runs) in results)
            {
                Console.Error.WriteLine($"  {reader}: {string.Join(" | ", runs.Select(r => r.Checksum).Distinct())}");
            }

            return 2;
        }

        Console.WriteLine("checksum (all readers, all runs): " + checksums[0]);
        var medians = results.ToDictionary(
            r => r.Key,
            r => (Rows: r.Value[0].RowsYielded, Seconds: Median(r.Value.Select(x => x.Seconds)), Cpu: Median(r.Value.Select(x => x.CpuSeconds)), Peak: Median(r.Value.Select(x => (double)x.PeakWorkingSet)),
                Allocated: Median(r.Value.Select(x => (double)x.Allocated))));
        // The ratio is to the bare read when it ran (how much a reader adds to decoding), else to the fastest reader.
        var fastest = medians.TryGetValue(CsvReaders.BareName, out var bare) ? bare.Seconds : medians.Values.Min(m => m.Seconds);
        Console.WriteLine("load average at the end: " + LoadAverage());
        Console.WriteLine();
        Console.WriteLine("| reader | version | licence | rows/s | seconds | CPU seconds | peak working set MiB | allocated MiB | ratio |");
        Console.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var reader in options.Readers)
        {
            var m = medians[reader];
            var (package, version, licence) = Package(reader);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {reader} ({package}) | {version} | {licence} | {m.Rows / m.Seconds:N0} | {m.Seconds:F2} | {m.Cpu:F2} | {Mib(m.Peak):F0} | {Mib(m.Allocated):F0} | {m.Seconds / fastest:F2} |"));
        }

        return 0;
    }

    private static Result RunChild(string reader, string path)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (string.Equals(Path.GetFileNameWithoutExtension(start.FileName), "dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var argument in new[] { "--reader", reader, "--file", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        var errors = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"{reader} failed (exit {child.ExitCode}):\n{output}\n{errors.Result}");
        }

        var f = line.Trim().Split(' ');
        return new Result(
            double.Parse(f[2], CultureInfo.InvariantCulture),
            long.Parse(f[3], CultureInfo.InvariantCulture),
            long.Parse(f[4], CultureInfo.InvariantCulture),
            long.Parse(f[5], CultureInfo.InvariantCulture),
            $"{f[6]} rows, {f[7]} cells, hash {f[8]}",
            double.Parse(f[9], CultureInfo.InvariantCulture));
    }

    private static (string Package, string Version, string Licence) Package(string reader)
    {
        var (type, licence) = reader switch
        {
            CsvReaders.BareName => (typeof(StreamReader), "MIT"),
            CsvReaders.OursName => (typeof(ChinaLabour.Compliance.Spreadsheets.SpreadsheetBatch), "this project"),
            CsvReaders.SepName or CsvReaders.SepStringsName => (typeof(nietras.SeparatedValues.Sep), "MIT"),
            CsvReaders.CsvHelperName => (typeof(CsvHelper.CsvReader), "MS-PL OR Apache-2.0"),
            Readers.ExcelDataReaderName => (typeof(ExcelDataReader.ExcelReaderFactory), "MIT"),
            Readers.OpenXmlName => (typeof(DocumentFormat.OpenXml.Spreadsheet.Cell), "MIT"),
            _ => (typeof(MiniExcelLibs.MiniExcel), "Apache-2.0"),
        };
        var assembly = type.Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "?";
        return (assembly.GetName().Name ?? "?", version.Split('+')[0], licence);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Mib(double bytes) => bytes / 1048576.0;

    private sealed record Result(double Seconds, long PeakWorkingSet, long Allocated, long RowsYielded, string Checksum, double CpuSeconds);

    private sealed record Options(int Rows, int Seed, int Runs, string[] Readers, bool Probe, string? Reader, string? File, string? Csv = null)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options(200_000, 20240630, 3, XlsxReaders.Readers.All, false, null, null);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
                options = args[i] switch
                {
                    "--rows" => options with { Rows = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--seed" => options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--runs" => options with { Runs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                    "--readers" => options with { Readers = Next().Split(',', StringSplitOptions.RemoveEmptyEntries) },
                    "--reader" => options with { Reader = Next() },
                    "--file" => options with { File = Next() },
                    "--probe" => options with { Probe = true },
                    "--csv" => options with { Csv = Next(), Readers = options.Readers == XlsxReaders.Readers.All ? CsvReaders.All : options.Readers },
                    _ => throw new ArgumentException("unknown argument " + args[i]),
                };
            }

            return options.Rows < 10 || options.Runs < 1 ? throw new ArgumentException("--rows at least 10, --runs at least 1") : options;
        }
    }
}
