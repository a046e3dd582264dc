using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Extensions.Tests.Support;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Compliance.Extensions.Tests;

/// <summary>The registered checker run over a batch, as a background service that drains a queue would run it.</summary>
public sealed class BatchCheckingTests
{
    /// <summary>The sample with its workforce cut differently each time, so the reports differ and their order shows.</summary>
    private static EmployerSnapshot[] Varied(int count) =>
        Enumerable.Range(0, count)
            .Select(i => Hosts.Sample with
            {
                Enterprise = Hosts.Sample.Enterprise with { Id = $"E{i:000}" },
                Workers = Hosts.Sample.Workers!.Take(1 + (i * 7 % Hosts.Sample.Workers!.Count)).ToArray(),
            })
            .ToArray();

    private static async IAsyncEnumerable<EmployerSnapshot> Async(IEnumerable<EmployerSnapshot> snapshots)
    {
        foreach (var snapshot in snapshots)
        {
            await Task.Yield();
            yield return snapshot;
        }
    }

    [Fact]
    public async Task Fifty_employers_come_back_in_order_with_progress_and_one_debug_event_each()
    {
        var logs = new CapturedLogs();
        using var host = Hosts.Build(logs);
        await host.StartAsync();
        var checker = host.Services.GetRequiredService<ComplianceChecker>();
        var snapshots = Varied(50);
        var told = new List<CheckManyProgress>();
        var options = new CheckManyOptions { MaxDegreeOfParallelism = 2, Progress = new Inline(told.Add) };

        var reports = await checker.CheckManyAsync(Async(snapshots), Hosts.AsOf, options).ToListAsync();

        reports.Select(r => r.EnterpriseId).Should().Equal(snapshots.Select(s => s.Enterprise.Id));
        reports.Select(r => r.Count(Outcome.Violated)).Should().Equal(snapshots.Select(s => checker.Check(s, Hosts.AsOf).Count(Outcome.Violated)));
        reports.Select(r => r.Count(Outcome.Violated)).Distinct().Should().HaveCountGreaterThan(1);
        told.Select(p => p.Checked).Should().Equal(Enumerable.Range(1, 50));
        told[^1].Violations.Should().Be(reports.Sum(r => r.Count(Outcome.Violated)));
        logs.Named("Checked").Should().HaveCount(100, "each of the 50 snapshots was checked twice: in the batch and one by one");
        await host.StopAsync();
    }

    [Fact]
    public async Task A_batch_cancelled_half_way_gives_whole_reports_then_throws()
    {
        using var host = Hosts.Build(new CapturedLogs());
        await host.StartAsync();
        var checker = host.Services.GetRequiredService<ComplianceChecker>();
        using var cancel = new CancellationTokenSource();
        var reports = new List<CheckReport>();

        var run = async () =>
        {
            await foreach (var report in checker.CheckManyAsync(Async(Varied(50)), Hosts.AsOf, new CheckManyOptions { MaxDegreeOfParallelism = 2 }, cancel.Token))
            {
                reports.Add(report);
                if (reports.Count == 25)
                {
                    await cancel.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        reports.Should().HaveCount(25).And.OnlyContain(r => r.Results.Count == checker.Catalogue.Rules.Count);
        await host.StopAsync();
    }

    private sealed class Inline(Action<CheckManyProgress> report) : IProgress<CheckManyProgress>
    {
        public void Report(CheckManyProgress value) => report(value);
    }
}
