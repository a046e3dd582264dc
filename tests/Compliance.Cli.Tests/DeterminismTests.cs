using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// The same input gives the same bytes whatever the machine: 60 employers of the sample batch (the broken exports
/// among them) and the CSV tables, run as a
/// user runs them in a separate process, on one thread and on two, under the C, Chinese and Turkish cultures and with
/// invariant globalization, one of them while every core is kept busy; every file of every run is compared.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Every_output_file_is_byte_identical_across_threads_cultures_globalization_and_load()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var root = Directory.CreateTempSubdirectory("determinism-").FullName;
        try
        {
            var employers = Directory.CreateDirectory(Path.Combine(root, "employers")).FullName;
            foreach (var file in Directory.GetFiles(Cli.Batch).Order(StringComparer.Ordinal).TakeLast(60))
            {
                File.Copy(file, Path.Combine(employers, Path.GetFileName(file)));
            }

            var baseline = await Run(root, employers, "baseline", "1", new() { ["LC_ALL"] = "C", ["LANG"] = "C" }, busy: false);
            var variants = new[]
            {
                await Run(root, employers, "zh-two-threads", "2", new() { ["LC_ALL"] = "zh_CN.UTF-8", ["LANG"] = "zh_CN.UTF-8" }, busy: false),
                await Run(root, employers, "tr-loaded", "2", new() { ["LC_ALL"] = "tr_TR.UTF-8", ["LANG"] = "tr_TR.UTF-8" }, busy: true),
                await Run(root, employers, "invariant", "2", new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" }, busy: false),
            };

            var expected = Files(baseline);
            expected.Keys.Should().Contain(["batch/summary.csv", "batch/report.xlsx", "batch/report.html", "batch/employers/B0300.html", "tables/summary.csv"]);
            foreach (var variant in variants)
            {
                var actual = Files(variant);
                actual.Keys.Should().Equal(expected.Keys, "run {0} writes the same files", variant);
                foreach (var (name, bytes) in expected)
                {
                    actual[name].AsSpan().SequenceEqual(bytes).Should().BeTrue("{0} of run {1} is byte-identical to the baseline's", name, Path.GetFileName(variant));
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<string> Run(string root, string employers, string name, string threads, Dictionary<string, string> environment, bool busy)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        using var stop = new CancellationTokenSource();

        // Load on every core, so that a result that depended on timing or scheduling would show it.
        var burners = busy
            ? Enumerable.Range(0, Environment.ProcessorCount * 2).Select(_ => Task.Run(() => Burn(stop.Token))).ToArray()
            : [];
        try
        {
            foreach (var (input, output) in new[] { (employers, "batch"), (Cli.Tables, "tables") })
            {
                using var process = ChildCli.Start(environment, "batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(folder, output), "--parallel", threads);
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                process.ExitCode.Should().Be(1, "violations are found in run {0}: {1}", name, await stderr);
                await stdout;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(burners);
        }

        return folder;
    }

    private static void Burn(CancellationToken stop)
    {
        var x = 0UL;
        while (!stop.IsCancellationRequested)
        {
            x = (x * 6364136223846793005UL) + 1442695040888963407UL;
        }

        GC.KeepAlive(x);
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
