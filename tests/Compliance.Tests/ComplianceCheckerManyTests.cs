using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests;

public sealed class ComplianceCheckerManyTests
{
    private static readonly CheckManyOptions s_two = new() { MaxDegreeOfParallelism = 2 };

    /// <summary>Employers of different sizes, so their checks take different times and finish out of order.</summary>
    private static EmployerSnapshot[] Varied(int count) =>
        Enumerable.Range(0, count)
            .Select(i => Employers.Mine(labor: 1 + (i * 37 % 150), dispatched: i % 25, enterprise: Employers.Shuozhou() with { Id = $"E{i:000}" }))
            .ToArray();

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    [Fact]
    public async Task Reports_come_in_input_order_and_equal_one_by_one_checks()
    {
        var snapshots = Varied(60);

        var reports = await Bundled.Checker.CheckManyAsync(Async(snapshots), Employers.AsOf, s_two).ToListAsync();

        reports.Select(r => r.EnterpriseId).Should().Equal(snapshots.Select(s => s.Enterprise.Id));
        var expected = snapshots.Select(s => Bundled.Checker.Check(s, Employers.AsOf)).ToArray();
        reports.Select(r => r.Results.Select(x => x.Outcome)).Should().BeEquivalentTo(expected.Select(r => r.Results.Select(x => x.Outcome)), o => o.WithStrictOrdering());
        reports.Select(r => r.Count(Outcome.Violated)).Distinct().Should().HaveCountGreaterThan(1, "the snapshots differ, so a report out of place would show");
    }

    [Fact]
    public async Task Progress_is_told_after_each_report_in_order()
    {
        var snapshots = Varied(12);
        var told = new List<CheckManyProgress>();
        var options = s_two with { Progress = new Inline<CheckManyProgress>(told.Add) };

        var reports = await Bundled.Checker.CheckManyAsync(Async(snapshots), Employers.AsOf, options).ToListAsync();

        told.Select(p => p.Checked).Should().Equal(Enumerable.Range(1, 12));
        told[^1].Should().Be(new CheckManyProgress(
            12, reports.Count(r => r.Violations.Any()), reports.Sum(r => r.Count(Outcome.Violated)), reports.Sum(r => r.Count(Outcome.Error))));
        told[^1].Violations.Should().BePositive();
    }

    [Fact]
    public async Task Cancelled_half_way_it_gives_only_whole_reports_then_throws()
    {
        using var cancel = new CancellationTokenSource();
        var reports = new List<CheckReport>();

        var run = async () =>
        {
            await foreach (var report in Bundled.Checker.CheckManyAsync(Async(Varied(50)), Employers.AsOf, s_two, cancel.Token))
            {
                reports.Add(report);
                if (reports.Count == 25)
                {
                    await cancel.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        reports.Should().HaveCount(25);
        reports.Should().OnlyContain(r => r.Results.Count == Bundled.Catalogue.Rules.Count && r.Count(Outcome.Error) == 0);
    }

    [Fact]
    public async Task A_snapshot_the_checker_refuses_throws_in_its_place_after_the_reports_before_it()
    {
        var snapshots = Varied(6).Cast<EmployerSnapshot?>().ToList();
        snapshots.Insert(4, null);
        var reports = new List<CheckReport>();

        var run = async () =>
        {
            await foreach (var report in Bundled.Checker.CheckManyAsync(Async(snapshots)!, Employers.AsOf, s_two))
            {
                reports.Add(report);
            }
        };

        await run.Should().ThrowAsync<ArgumentNullException>();
        reports.Select(r => r.EnterpriseId).Should().Equal("E000", "E001", "E002", "E003");
    }

    [Fact]
    public async Task Stopping_reading_early_ends_the_run()
    {
        var first = await Bundled.Checker.CheckManyAsync(Async(Varied(40)), Employers.AsOf, s_two).FirstAsync();

        first.EnterpriseId.Should().Be("E000");
    }

    [Fact]
    public void Invalid_options_are_refused_before_the_run_starts()
    {
        var start = () => Bundled.Checker.CheckManyAsync(Async(Varied(1)), Employers.AsOf, new CheckManyOptions { MaxDegreeOfParallelism = 0 });

        start.Should().Throw<ArgumentException>().WithMessage("MaxDegreeOfParallelism must be positive; found 0. (Parameter 'options')");
    }

    [Fact]
    public void A_cancelled_check_gives_no_report()
    {
        var check = () => Bundled.Checker.Check(Varied(1)[0], Employers.AsOf, new CancellationToken(canceled: true));

        check.Should().Throw<OperationCanceledException>();
    }

    /// <summary>Reports on the caller's thread, unlike <see cref="Progress{T}"/>, which posts.</summary>
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
