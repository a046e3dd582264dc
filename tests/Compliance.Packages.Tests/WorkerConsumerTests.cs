using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Packages.Tests;

/// <summary>
/// A worker service checks a folder with CheckManyAsync and is cancelled part-way: what it saved is whole, in input
/// order, and nothing was skipped before the point it stopped.
/// </summary>
[Collection(PackedPackages.Name)]
public sealed class WorkerConsumerTests(PackageFeed feed)
{
    private const int Employers = 40;

    private readonly Consumer _consumer = Consumers.Worker(feed);

    [Theory]
    [InlineData(15)]
    [InlineData(Employers)]
    public void Saves_whole_reports_in_input_order_up_to_where_it_was_stopped(int stopAfter)
    {
        var input = Folder($"worker-in-{stopAfter}");
        var output = Folder($"worker-out-{stopAfter}");
        var sample = JsonNode.Parse(File.ReadAllText(Repository.Path("samples", "data", "shuozhou-coal-mine.json")))!;
        var ids = Enumerable.Range(0, Employers).Select(i => $"E{i:D2}").ToArray();
        foreach (var id in ids)
        {
            var snapshot = sample.DeepClone();
            snapshot["enterprise"]!["id"] = id;
            File.WriteAllText(Path.Combine(input, id + ".json"), snapshot.ToJsonString());
        }

        var run = _consumer.Run(input, output, stopAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldSucceed("the worker");

        var saved = Directory.GetFiles(output, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        saved.Should().Equal(ids.Take(stopAfter).Select((id, i) => $"{i:D4}-{id}.json"), "reports come in input order, none skipped");
        Directory.GetFiles(output, "*.tmp").Should().BeEmpty("a report is saved whole or not at all");
        foreach (var file in saved)
        {
            var report = JsonNode.Parse(File.ReadAllText(Path.Combine(output, file!)))!;
            ((string?)report["enterprise"]!["id"]).Should().Be(file![5..^5]);
            report["results"]!.AsArray().Should().NotBeEmpty();
        }

        var finished = stopAfter == Employers ? "finished" : "cancelled";
        File.ReadAllText(Path.Combine(output, finished)).Should().Be(stopAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        run.Output.Should().Contain(stopAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), "progress is reported");
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(feed.Root, name)).FullName;
}
