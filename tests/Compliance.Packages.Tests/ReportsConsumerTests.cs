using System.IO;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Packages.Tests;

/// <summary>The Reports package's README example, verbatim, from the packed packages: a text report, an HTML page and the CSV tables.</summary>
[Collection(PackedPackages.Name)]
public sealed class ReportsConsumerTests(PackageFeed feed)
{
    private readonly Consumer _consumer = Consumers.Reports(feed);

    [Fact]
    public void Writes_the_text_page_and_tables_of_the_sample()
    {
        var sample = Path.Combine(_consumer.Folder, "shuozhou-coal-mine.json");
        File.Copy(Repository.Path("samples", "data", "shuozhou-coal-mine.json"), sample, overwrite: true);

        var run = _consumer.Run().ShouldSucceed("the Reports README example");

        run.Output.Should().Contain("jin-rsbf-2022-18.dispatch.ratio").And.Contain("劳务派遣");
        File.ReadAllText(Path.Combine(_consumer.Folder, "report.html")).Should().StartWith("<!DOCTYPE html>");
        File.ReadAllLines(Path.Combine(_consumer.Folder, "summary.csv")).Should().HaveCount(2, "a header and the one employer");
        File.ReadAllText(Path.Combine(_consumer.Folder, "violations.csv")).Should().Contain("jin-rsbf-2022-18.dispatch.ratio");
    }
}
