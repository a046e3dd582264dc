using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>check --format sarif</c>: SARIF 2.1.0, valid against the OASIS schema.</summary>
public sealed class SarifReportTests
{
    [Fact]
    public void Check_writes_sarif_that_validates_against_the_oasis_schema_with_a_result_per_violation_levelled_by_severity()
    {
        var (exit, output, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "sarif");

        exit.Should().Be(1);
        error.Should().BeEmpty();
        Schemas.SarifErrors(output).Should().BeEmpty();
        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var ratio = rules.Single(r => r.GetProperty("id").GetString() == "ldhtf-2012.dispatch.ratio");
        ratio.GetProperty("properties").GetProperty("severity").GetString().Should().Be("major");
        ratio.GetProperty("properties").GetProperty("clause").GetString().Should().Be("第六十六条");
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        var violation = results.Single(r => r.GetProperty("ruleId").GetString() == "ldhtf-2012.dispatch.ratio");
        violation.GetProperty("kind").GetString().Should().Be("fail");
        violation.GetProperty("level").GetString().Should().Be("warning");
        violation.GetProperty("message").GetProperty("text").GetString().Should().Be("dispatched 12 of 100 (12.0%), limit 10%");
        rules[violation.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString().Should().Be("ldhtf-2012.dispatch.ratio");
        var location = violation.GetProperty("locations")[0];
        location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString().Should().EndWith("/shuozhou-coal-mine.json");
        location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().Should().Be("E-SZ-001");
        results.Single(r => r.GetProperty("ruleId").GetString() == "mkaqtl-2024.dispatch.mine-underground").GetProperty("level").GetString().Should().Be("error");
        results.Should().OnlyContain(r => r.GetProperty("kind").GetString() == "fail" || r.GetProperty("level").GetString() == "none");
    }

    [Fact]
    public void Undecided_rules_are_open_results_and_the_rule_titles_follow_the_language()
    {
        var (_, output, _) = Cli.Run("check", Cli.Sample("headcount-only.yaml"), "--as-of", "2024-06-30", "--format", "sarif", "--lang", "zh");

        Schemas.SarifErrors(output).Should().BeEmpty();
        using var sarif = JsonDocument.Parse(output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        run.GetProperty("results").EnumerateArray().Should().Contain(r => r.GetProperty("kind").GetString() == "open");
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("shortDescription").GetProperty("text").GetString()
            .Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public void A_sarif_file_that_breaks_the_schema_is_caught()
    {
        // The validator itself is tested: a result without its message must fail.
        Schemas.SarifErrors("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"a"}]}]}""").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("samples/晋A 煤矿.json", "samples/%E6%99%8BA%20%E7%85%A4%E7%9F%BF.json")]
    [InlineData(@"a\b.json", "a/b.json")]
    public void File_paths_become_relative_uri_references(string path, string uri) => SarifReport.UriOf(path).Should().Be(uri);
}
