using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>forecast</c>: the next changes for the Shuozhou sample with their causes, each confirmed by <c>check</c> on its day.</summary>
public sealed class ForecastCommandTests
{
    private static readonly string s_shuozhou = Cli.Sample("shuozhou-coal-mine.json");

    [Fact]
    public void Each_forecast_change_is_what_check_says_on_its_day_and_the_day_before()
    {
        var (exit, stdout, stderr) = Cli.Run("forecast", s_shuozhou, "--as-of", "2024-06-30", "--horizon", "6m", "--format", "json");
        stderr.Should().BeEmpty();
        exit.Should().Be(1, "a rule becomes violated within six months");
        var forecast = JsonNode.Parse(stdout)!;
        forecast["schema"]!.GetValue<string>().Should().Be("compliance-forecast/1");
        forecast["until"]!.GetValue<string>().Should().Be("2024-12-30");
        var changes = forecast["changes"]!.AsArray();
        changes.Should().NotBeEmpty();
        foreach (var change in changes.Select(c => c!))
        {
            var on = change["on"]!.GetValue<string>();
            var id = change["ruleId"]!.GetValue<string>();
            Outcome(on, id).Should().Be(change["outcome"]!.GetValue<string>(), $"{id} on {on}");
            var before = System.DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Outcome(before, id).Should().Be(change["before"]!.GetValue<string>(), $"{id} on {before}");
            change["causes"]!.AsArray().Should().NotBeEmpty();
        }

        changes.Should().Contain(c => c!["on"]!.GetValue<string>() == "2024-07-16" && c["ruleId"]!.GetValue<string>() == "aqscf-2021.hidden-danger.rectified-by-deadline");
    }

    [Fact]
    public void The_text_says_what_turns_and_why()
    {
        var (_, stdout, _) = Cli.Run("forecast", s_shuozhou, "--as-of", "2024-06-30", "--horizon", "6m", "--lang", "en");
        stdout.Should().StartWith("Forecast: ")
            .And.Contain("2024-07-16  Hidden dangers removed by their deadline (aqscf-2021.hidden-danger.rectified-by-deadline): Compliant → Violated")
            .And.Contain("  - hiddenDangers[HD-2024-07].deadline was 2024-07-15, the day before")
            .And.Contain("  - management.lastDrill is 2024-05-20; 6 month(s) after it is 2024-11-20");
    }

    [Theory]
    [InlineData("90")]
    [InlineData("0d")]
    [InlineData("3w")]
    [InlineData("-5d")]
    public void A_horizon_that_is_not_one_is_refused(string horizon)
    {
        var (exit, stdout, stderr) = Cli.Run("forecast", s_shuozhou, "--as-of", "2024-06-30", "--horizon", horizon);
        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be($"error: --horizon must be a number of days, months or years, e.g. 90d, 6m or 1y; found '{horizon}'");
    }

    private static string Outcome(string day, string ruleId)
    {
        var (_, stdout, _) = Cli.Run("check", s_shuozhou, "--as-of", day, "--format", "json", "--rule", ruleId);
        return JsonNode.Parse(stdout)!["results"]!.AsArray().Single()!["outcome"]!.GetValue<string>();
    }
}
