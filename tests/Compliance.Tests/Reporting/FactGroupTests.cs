using ChinaLabour.Compliance.Reporting;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Reporting;

/// <summary>A missing fact generalised over records, matched in place, with its rules once each and its first ids.</summary>
public sealed class FactGroupTests
{
    [Theory]
    [InlineData("workers[W1].trainings", "workers[*].trainings", true)]
    [InlineData("workers[W17].trainings", "workers[*].trainings", true)]
    [InlineData("workers[W1].contracts[0].end", "workers[*].contracts[0].end", true)]
    [InlineData("workers[W1].training", "workers[*].trainings", false)]
    [InlineData("posts[W1].trainings", "workers[*].trainings", false)]
    [InlineData("management.trainingArchive", "management.trainingArchive", true)]
    [InlineData("management.trainingArchiv", "management.trainingArchive", false)]
    [InlineData("workers[W1.trainings", "workers[W1.trainings", true)]
    public void A_path_matches_the_group_of_its_pattern_and_no_other(string path, string pattern, bool matches)
    {
        var group = new FactGroup(pattern, inInput: true);
        FactGroup.Brackets(path, out var open, out var close);

        group.Matches(path, open, close).Should().Be(matches);
        (FactGroup.PatternOf(path, out _, out _) == pattern).Should().Be(matches, "matching in place agrees with making the pattern");
    }

    [Fact]
    public void Ids_are_kept_once_each_the_first_few_listed_and_all_counted()
    {
        var group = new FactGroup("workers[*].trainings", inInput: true);
        foreach (var id in new[] { "W1", "W2", "W1", "W3", "W4", "W5", "W6", "W2", "W7" })
        {
            var path = $"workers[{id}].trainings";
            FactGroup.Brackets(path, out var open, out var close);
            group.AddId(path, open, close);
        }

        group.Ids.Should().Equal("W1", "W2", "W3", "W4", "W5");
        group.Ids.Should().HaveCount(BatchRecordWriter.IdsShown);
        group.IdCount.Should().Be(7, "seven distinct workers lack the fact; the record says how many more than it lists");
    }

    [Fact]
    public void A_rule_is_noted_once_however_many_of_its_records_lack_the_fact()
    {
        var group = new FactGroup("workers[*].trainings", inInput: false);

        group.AddRule(3).Should().BeTrue();
        group.AddRule(3).Should().BeFalse();
        group.AddRule(8).Should().BeTrue();

        group.Rules.Should().Equal(3, 8);
    }
}
