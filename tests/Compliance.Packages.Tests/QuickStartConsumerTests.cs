using System.IO;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Packages.Tests;

/// <summary>The README's quick start, verbatim, in a fresh console project that installs only the core package.</summary>
[Collection(PackedPackages.Name)]
public sealed class QuickStartConsumerTests(PackageFeed feed)
{
    private readonly Consumer _consumer = Consumers.QuickStart(feed);

    [Fact]
    public void Checks_the_sample_and_prints_its_violations()
    {
        var run = _consumer.Run(Repository.Path("samples", "data", "shuozhou-coal-mine.json")).ShouldSucceed("the quick start");

        run.Output.Should().Contain("jin-rsbf-2022-18.dispatch.ratio: ")
            .And.Contain("mkaqtl-2024.dispatch.mine-underground: ")
            .And.Contain("report: ")
            .And.MatchRegex(@"typed: [1-9][0-9]* rules need facts the snapshot does not give");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public void Answers_a_bad_snapshot_with_positioned_errors_and_no_stack_trace()
    {
        var bad = Path.Combine(feed.Root, "bad-snapshot.json");
        File.WriteAllText(bad, """{ "enterprise": { "id": "E1" }, "workers": [ { "id": "W1", "form": "外援" } ] }""");

        var run = _consumer.Run(bad);

        run.ExitCode.Should().Be(0, "the quick start reports the errors and returns");
        run.Error.Should().Contain("request:1:").And.Contain("$.workers[0].form").And.Contain("外援").And.NotContain("   at ");
        run.Output.Should().NotContain("report: ");
    }

    [Fact]
    public void Restores_no_spreadsheet_reader()
    {
        _consumer.Assets.Should().Contain("\"ChinaLabour.Compliance/" + feed.Version + "\"")
            .And.NotContain("MiniExcel", "a consumer that checks JSON snapshots needs no spreadsheet reader");
    }
}
