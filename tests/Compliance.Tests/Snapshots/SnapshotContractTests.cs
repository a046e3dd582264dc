using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Snapshots;

/// <summary>
/// Every mistake of a snapshot at once, in the project's words: its path and position, what was expected (the
/// allowed values), what was found, and the nearest value or member it may have meant.
/// </summary>
public sealed class SnapshotContractTests
{
    private const string Json = """
        {
          "enterprise": { "id": "E1", "name": "甲", "regionCode": "140602", "industryCode": "0610" },
          "workers": [
            { "id": "W1", "form": "dispatch", "start": "2024-02-30", "postId": "P1" },
            { "id": "W2", "form": "laborContract", "strat": "2024-01-01" }
          ],
          "posts": [ { "id": "P1", "nmae": "井下", "underground": "yes" } ]
        }
        """;

    [Fact]
    public void A_snapshot_with_several_mistakes_gets_every_one_with_path_allowed_values_and_a_suggestion()
    {
        var read = SnapshotReader.ReadJson(Json, "e.json");

        read.Success.Should().BeFalse();
        read.Errors.Select(e => e.ToString()).Should().Equal(
            "e.json:4:27: at $.workers[0].form: expected one of laborContract, dispatched, outsourced, flexible, partTime, intern, found \"dispatch\"; did you mean 'dispatched'?",
            "e.json:4:48: at $.workers[0].start: '2024-02-30' is not a date that exists: February 2024 has 29 days",
            "e.json:5:44: at $.workers[1].strat: 'strat' is not a member of a worker; did you mean 'start'? its members: id, idNumber, name, form, postId, postSince, specialOperation, contractSigned, contractTerm, contractEnd, probationEnd, start, end, trainings, role, agency, agencyLicensed, directedByEmployer, scheduleId, certificates, overtime",
            "e.json:7:28: at $.posts[0].nmae: 'nmae' is not a member of a post; did you mean 'name'? its members: id, name, nature, underground, highRisk, safetyPost, dangerousList, specialOperation, expectedMonths, occupationalHazard",
            "e.json:7:57: at $.posts[0].underground: expected true or false, found \"yes\"");
        read.Error.Should().Be(read.Errors[0]);
    }

    [Fact]
    public void Yaml_gets_the_same_errors_at_its_own_positions()
    {
        var read = SnapshotReader.ReadYaml("""
            enterprise: { id: E1, name: 甲, regionCode: "140602" }
            workers:
              - { id: W1, form: 派遣, start: 2023-13-01 }
            """, "e.yaml");

        read.Errors.Select(e => e.ToString()).Should().Equal(
            "e.yaml:3:21: at $.workers[0].form: expected one of laborContract, dispatched, outsourced, flexible, partTime, intern, found \"派遣\"; did you mean 'dispatched'?",
            "e.yaml:3:32: at $.workers[0].start: '2023-13-01' is not a date that exists: there is no month 13; dates are written yyyy-MM-dd");
    }

    [Theory]
    [InlineData("\"form\": \"Dispatched\"", true)]
    [InlineData("\"form\": \"dispatchd\"", false)]
    [InlineData("\"form\": 1", false)]
    [InlineData("\"end\": \"none\"", false)]
    [InlineData("\"contractEnd\": \"none\"", true)]
    public void Values_the_reader_takes_pass_and_the_others_are_named(string member, bool reads)
    {
        var read = SnapshotReader.ReadJson($$"""{ "enterprise": { "id": "E1" }, "workers": [ { "id": "W1", {{member}} } ] }""");

        read.Success.Should().Be(reads, read.Error?.ToString());
        if (!reads)
        {
            read.Errors.Should().ContainSingle().Which.Path.Should().StartWith("$.workers[0].");
        }
    }

    [Fact]
    public void A_mistake_the_contract_cannot_judge_is_still_the_readers_error_with_its_position()
    {
        var read = SnapshotReader.ReadJson("""{ "enterprise": { "id": "E1" }, "workers": [ { "id": "W1" } """, "e.json");

        read.Errors.Should().ContainSingle().Which.Line.Should().Be(1);
    }
}
