using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Checking;

/// <summary>
/// A null record in a typed caller's list (<c>Workers = [worker, null]</c>): every way into the checker refuses it with
/// an <see cref="ArgumentException"/> that says where it is, rather than a bare null reference from inside the check.
/// </summary>
public sealed class NullRecordTests
{
    [Fact]
    public void A_null_record_in_any_list_of_the_snapshot_is_refused_naming_where_it_is()
    {
        // Built from the snapshot model, so that a list added to a record later is covered without a change here.
        var lists = Lists(SnapshotModel.Root, string.Empty).ToList();
        lists.Should().Contain(["workers", "workers[0].trainings", "workers[0].overtime", "principals[0].penalties", "premises"]);
        FluentActions.Invoking(() => Bundled.Checker.Check((EmployerSnapshot)ModelSnapshots.Build(SnapshotModel.Root, static (_, _) => null), Employers.AsOf))
            .Should().NotThrow("the same snapshot without the null is checked");

        foreach (var list in lists)
        {
            var snapshot = (EmployerSnapshot)ModelSnapshots.Build(SnapshotModel.Root, static (_, _) => null, nullIn: list);

            FluentActions.Invoking(() => Bundled.Checker.Check(snapshot, Employers.AsOf))
                .Should().Throw<ArgumentException>(list).WithParameterName("snapshot")
                .Which.Message.Should().StartWith($"{list}[1] is null: a list of the snapshot may not hold a null record; remove the entry or give the record");
        }
    }

    [Fact]
    public async Task A_period_a_forecast_and_a_run_of_many_refuse_it_as_a_check_does()
    {
        var mine = Employers.Mine(labor: 3, dispatched: 1);
        var snapshot = mine with { Posts = [mine.Posts![0], null!] };
        var expected = "posts[1] is null*";

        FluentActions.Invoking(() => Bundled.Checker.CheckPeriod(snapshot, new DateInterval(Employers.AsOf, Employers.AsOf.PlusDays(30))))
            .Should().Throw<ArgumentException>().WithMessage(expected);
        FluentActions.Invoking(() => Bundled.Checker.Forecast(snapshot, Employers.AsOf, Employers.AsOf.PlusDays(30)))
            .Should().Throw<ArgumentException>().WithMessage(expected);

        var reports = new List<CheckReport>();
        var run = async () =>
        {
            await foreach (var report in Bundled.Checker.CheckManyAsync(new[] { mine, mine, snapshot, mine }.ToAsyncEnumerable(), Employers.AsOf))
            {
                reports.Add(report);
            }
        };

        await run.Should().ThrowAsync<ArgumentException>().WithMessage(expected);
        reports.Should().HaveCount(2, "the reports before it are given");
    }

    /// <summary>The path of every list of <paramref name="record"/>, a record in each list named by position 0.</summary>
    private static IEnumerable<string> Lists(SnapshotRecord record, string path) => record.Fields.SelectMany(field =>
    {
        var at = path.Length == 0 ? field.JsonName : $"{path}.{field.JsonName}";
        return field.Shape switch
        {
            SnapshotFieldShape.Record => Lists(field.Record!, at),
            SnapshotFieldShape.List => [at, .. Lists(field.Record!, $"{at}[0]")],
            _ => [],
        };
    });
}
