using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Snapshots;

public sealed class SnapshotReaderTests
{
    private const string Json = """
        { "enterprise": { "id": "E1", "name": "测试", "creditCode": "91140600MA0K000001", "regionCode": "140602", "industryCode": "0610" },
          "posts":   [ { "id": "P1", "name": "采煤工", "nature": "main", "underground": true, "highRisk": true, "safetyPost": false } ],
          "workers": [ { "id": "W1", "form": "dispatched", "postId": "P1", "start": "2023-01-01", "end": null,
                         "trainings": [ { "kind": "safety", "date": "2022-12-20", "passed": true } ] } ],
          "headcount": { "laborContract": 90, "dispatched": 12 } }
        """;

    [Fact]
    public void Reads_the_documented_json_contract()
    {
        var result = SnapshotReader.ReadJson(Json);

        result.Success.Should().BeTrue();
        var snapshot = result.Snapshot!;
        snapshot.Enterprise.IndustryCode.Should().Be("0610");
        snapshot.Posts!.Single().Nature.Should().Be(PostNature.Main);
        var worker = snapshot.Workers!.Single();
        worker.Form.Should().Be(EmploymentForm.Dispatched);
        worker.Start.Should().Be(new LocalDate(2023, 1, 1));
        worker.End.Should().BeNull();
        worker.Trainings!.Single().Passed.Should().BeTrue();
        snapshot.Headcount!.Dispatched.Should().Be(12);
    }

    [Fact]
    public void Yaml_reads_to_the_same_snapshot_and_keeps_leading_zeros_of_codes()
    {
        var yaml = """
            enterprise: { id: E1, regionCode: 140602, industryCode: 0610 }
            workers:
              - { id: W1, form: laborContract, start: 2023-01-01 }
            """;

        var result = SnapshotReader.ReadYaml(yaml);

        result.Success.Should().BeTrue();
        result.Snapshot!.Enterprise.RegionCode.Should().Be("140602");
        result.Snapshot.Enterprise.IndustryCode.Should().Be("0610");
        result.Snapshot.Workers!.Single().Start.Should().Be(new LocalDate(2023, 1, 1));
    }

    [Fact]
    public void Bad_date_is_reported_with_line_column_and_path()
    {
        var json = Json.Replace("\"2023-01-01\"", "\"2023-02-30\"", System.StringComparison.Ordinal);

        var error = SnapshotReader.ReadJson(json, "e1.json").Error!;

        error.Path.Should().Be("$.workers[0].start");
        error.Line.Should().Be(3);
        error.ToString().Should().StartWith("e1.json:3:");
    }

    [Fact]
    public void Unknown_member_is_an_error_so_that_a_misspelled_fact_is_not_silently_missing()
    {
        var json = Json.Replace("\"underground\"", "\"undergound\"", System.StringComparison.Ordinal);

        var error = SnapshotReader.ReadJson(json).Error!;

        error.Message.Should().Contain("undergound");
        error.Line.Should().Be(2);
    }

    [Fact]
    public void Unknown_enumeration_value_is_an_error_with_its_path()
    {
        var error = SnapshotReader.ReadJson(Json.Replace("\"dispatched\",", "\"seconded\",", System.StringComparison.Ordinal)).Error!;

        error.Path.Should().Be("$.workers[0].form");
    }

    [Fact]
    public void Missing_identity_is_an_error()
    {
        var error = SnapshotReader.ReadJson("""{ "enterprise": { "name": "无编号" } }""").Error!;

        error.Message.Should().Contain("id");
    }

    [Fact]
    public void Yaml_error_points_into_the_yaml_file()
    {
        var yaml = """
            enterprise:
              id: E1
            workers:
              - id: W1
                start: not-a-date
            """;

        var error = SnapshotReader.ReadYaml(yaml, "e1.yaml").Error!;

        error.ToString().Should().StartWith("e1.yaml:5:12: at $.workers[0].start: expected a date written yyyy-MM-dd");
    }

    [Theory]
    [InlineData("""{ "enterprise": { "id": "E1" }, "workers": [ { "id": "W1" }, { "id": null } ] }""", "$.workers[1].id")]
    [InlineData("""{ "enterprise": { "id": "E1" }, "posts": [ { "id": " " } ] }""", "$.posts[0].id")]
    [InlineData("""{ "enterprise": { "id": "" } }""", "$.enterprise.id")]
    public void Blank_or_null_ids_are_errors_with_their_path(string json, string path)
    {
        var error = SnapshotReader.ReadJson(json).Error!;

        error.Path.Should().Be(path);
    }

    [Fact]
    public void Broken_json_syntax_is_an_error_not_an_exception()
    {
        SnapshotReader.ReadJson("{ \"enterprise\": ").Success.Should().BeFalse();
    }

    [Fact]
    public void Missing_file_is_an_error_not_an_exception()
    {
        var result = SnapshotReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-snapshot.json"));

        result.Success.Should().BeFalse();
        result.Error!.Message.Should().Contain("no-such-snapshot.json");
    }

    [Fact]
    public void Every_bundled_sample_reads()
    {
        var folder = Path.Combine(System.AppContext.BaseDirectory, "samples");

        foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".json", System.StringComparison.Ordinal) || f.EndsWith(".yaml", System.StringComparison.Ordinal)))
        {
            SnapshotReader.ReadFile(file).Error.Should().BeNull(file);
        }
    }
}
