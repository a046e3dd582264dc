using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Compliance.Province;

/// <summary>
/// Writes the province batch: <c>Compliance.Province [--employers 600000] [--seed 18] --out FOLDER</c>. Check it with
/// <c>batch FOLDER --as-of 2024-06-30</c>; bench/Compliance.ImportBench measures its import.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var output = Value(args, "--out");
        if (output is null)
        {
            Console.Error.WriteLine("usage: Compliance.Province [--employers 600000] [--seed 18] --out FOLDER");
            return 2;
        }

        var employers = Value(args, "--employers") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : ProvinceGenerator.DefaultEmployers;
        var seed = Value(args, "--seed") is { } s ? ulong.Parse(s, CultureInfo.InvariantCulture) : ProvinceGenerator.DefaultSeed;
        var clock = Stopwatch.StartNew();
        var summary = ProvinceGenerator.Generate(output, employers, seed);
        var bytes = Directory.EnumerateFiles(output, "*.csv").Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Employers:N0} employers, {summary.WorkerRows:N0} worker rows, {summary.Rows:N0} rows in all, {bytes / 1048576.0:F0} MiB, seed {seed}, {clock.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
