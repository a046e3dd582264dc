// A worker service that checks a folder of snapshots with CheckManyAsync and saves each report as it comes, in input
// order. Arguments: input folder, output folder, and how many reports to save before the host is told to stop — the
// way a deployment or Ctrl+C stops a service part-way. Whatever was saved must be whole.
using System.Runtime.CompilerServices;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Snapshots;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

var builder = Host.CreateApplicationBuilder();
builder.Services.AddComplianceChecker();
builder.Services.AddSingleton(new Folders(args[0], args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)));
builder.Services.AddHostedService<FolderChecker>();
await builder.Build().RunAsync();

internal sealed record Folders(string Input, string Output, int StopAfter);

internal sealed class FolderChecker(ComplianceChecker checker, Folders folders, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Stopping after so many reports is a cancellation like any other, only at a known point.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var store = new ReportStore(folders.Output, folders.StopAfter, stop);
        try
        {
            await CheckFolder(store, stop.Token);
            File.WriteAllText(Path.Combine(folders.Output, "finished"), store.Saved.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException)
        {
            File.WriteAllText(Path.Combine(folders.Output, "cancelled"), store.Saved.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        lifetime.StopApplication();
    }

    private async Task CheckFolder(ReportStore store, CancellationToken stoppingToken)
    {
        var snapshots = Read(folders.Input, stoppingToken);

        // The Extensions README's "Many employers" block, line for line.
        var options = new CheckManyOptions { MaxDegreeOfParallelism = 4, Progress = new Progress<CheckManyProgress>(p => Console.WriteLine(p.Checked)) };
        await foreach (var report in checker.CheckManyAsync(snapshots, new LocalDate(2024, 6, 30), options, stoppingToken))
        {
            await store.SaveAsync(report);
        }
    }

    private static async IAsyncEnumerable<EmployerSnapshot> Read(string folder, [EnumeratorCancellation] CancellationToken cancellation)
    {
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var read = SnapshotReader.ReadJson(await File.ReadAllTextAsync(file, cancellation), Path.GetFileName(file));
            if (read.Success)
            {
                yield return read.Snapshot;
            }
        }
    }

    // The Extensions README's registration block, compiled here (not run: the host above registers once).
    private static void Registration(HostApplicationBuilder builder)
    {
        builder.Services.AddComplianceChecker();                                    // the bundled catalogue, default budgets
        // or from configuration:
        builder.Services.AddComplianceChecker(builder.Configuration.GetSection("Compliance"));
        // or in code:
        builder.Services.AddComplianceChecker(o =>
        {
            o.RulesFolder = "rules";                                                // your own rule files
            o.IncludeBundledRules = true;                                           // added to the bundled ones
            o.Checker = o.Checker with { MaxStepsPerRule = 1_000_000 };
        });
    }
}

/// <summary>Saves each report whole or not at all (written beside its name, then moved into place); cancels after the last one wanted.</summary>
internal sealed class ReportStore(string folder, int stopAfter, CancellationTokenSource stop)
{
    public int Saved { get; private set; }

    public async Task SaveAsync(CheckReport report)
    {
        var path = Path.Combine(folder, $"{Saved:D4}-{report.EnterpriseId}.json");
        await File.WriteAllTextAsync(path + ".tmp", ReportJson.ToJson(report));
        File.Move(path + ".tmp", path);
        if (++Saved == stopAfter)
        {
            await stop.CancelAsync();
        }
    }
}
