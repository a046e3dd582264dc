using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Snapshots;

/// <summary><see cref="SnapshotReader.Validate"/>: snapshots built in code, checked as read ones are.</summary>
public sealed class SnapshotValidationTests
{
    [Fact]
    public void A_snapshot_built_with_initializers_is_valid_as_it_is()
    {
        var snapshot = Employers.Mine(labor: 3, dispatched: 1);

        var result = SnapshotReader.Validate(snapshot);

        result.Success.Should().BeTrue();
        result.Snapshot.Should().BeSameAs(snapshot);
    }

    [Fact]
    public void A_record_without_an_id_is_named_by_its_path()
    {
        var mine = Employers.Mine(labor: 3, dispatched: 0);
        var snapshot = mine with { Workers = [mine.Workers![0], mine.Workers[1] with { Id = " " }] };

        var result = SnapshotReader.Validate(snapshot, "hr-system");

        result.Success.Should().BeFalse();
        result.Error!.ToString().Should().Be(new SnapshotError("hr-system", 0, 0, "$.workers[1].id",
            "expected an id, found an empty or missing one; every record needs an id to be named in a report").ToString());
    }

    [Fact]
    public void A_null_record_in_a_list_of_a_record_is_named_by_its_path()
    {
        var mine = Employers.Mine(labor: 3, dispatched: 0);
        var trained = mine.Workers![2] with { Trainings = [new Training { Kind = TrainingKind.Safety }, null!] };
        var snapshot = mine with { Workers = [mine.Workers[0], mine.Workers[1], trained] };

        var result = SnapshotReader.Validate(snapshot, "hr-system");

        result.Success.Should().BeFalse();
        result.Error!.ToString().Should().Be(new SnapshotError("hr-system", 0, 0, "$.workers[2].trainings[1]",
            "expected a record, found null; remove the entry or give the record").ToString());
    }
}
