using System;
using System.Linq;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>check --from --to</c>: a period judged day by day, in text, JSON and HTML, and its refusals.</summary>
public sealed class PeriodCommandTests
{
    private static readonly string s_shuozhou = Cli.Sample("shuozhou-coal-mine.json");

    [Fact]
    public void A_year_of_the_Shuozhou_sample_gives_each_rules_days_intervals_and_monthly_averages()
    {
        var (exit, stdout, stderr) = Cli.Run("check", s_shuozhou, "--from", "2024-01-01", "--to", "2024-12-31", "--format", "json");

        stderr.Should().BeEmpty();
        exit.Should().Be(1, "rules are violated on some day");
        var report = JsonNode.Parse(stdout)!;
        report["schema"]!.GetValue<string>().Should().Be("compliance-period/1");
        report["period"]!["days"]!.GetValue<int>().Should().Be(366);
        var checkedDays = report["daysChecked"]!.AsArray().Select(d => d!.GetValue<string>()).ToArray();
        checkedDays[0].Should().Be("2024-01-01");
        checkedDays.Should().HaveCountLessThan(60).And.BeInAscendingOrder(StringComparer.Ordinal);

        var hidden = Rule(report, "aqscf-2021.hidden-danger.rectified-by-deadline");
        hidden["outcome"]!.GetValue<string>().Should().Be("violated");
        hidden["firstViolated"]!.GetValue<string>().Should().Be("2024-07-16", "the danger's deadline is 2024-07-15");
        hidden["violatedIntervals"]!.AsArray().Select(i => $"{i!["from"]}..{i["to"]}").Should().Equal("2024-07-16..2024-12-31");
        hidden["days"]!["violated"]!.GetValue<int>().Should().Be(169);
        hidden["spans"]!.AsArray().Sum(s => Days(s!)).Should().Be(366);

        var ratio = Rule(report, "ldhtf-2012.dispatch.ratio");
        var months = ratio["averages"]!.AsArray();
        months.Should().HaveCount(13);
        months[0]!["month"]!.GetValue<string>().Should().Be("2024-01");
        months[12]!["month"].Should().BeNull("the last average is the whole period's");
        months.Should().OnlyContain(m => m!["exceeds"]!.GetValue<bool>());
        ratio["worst"]!["message"]!["en"]!.GetValue<string>().Should().StartWith("dispatched 13 of 101");
    }

    [Fact]
    public void The_text_names_the_intervals_and_the_months_over_the_limit_and_html_draws_the_timeline()
    {
        var text = Cli.Run("check", s_shuozhou, "--from", "2024-01-01", "--to", "2024-12-31", "--lang", "en");
        text.Out.Should().Contain("Period report: ").And.Contain("(366 days; the rules decided on the ")
            .And.Contain("Violated on 169 days: 2024-07-16–2024-12-31")
            .And.Contain("Months whose average is over the limit: 2024-01, 2024-02");

        var html = Cli.Run("check", s_shuozhou, "--from", "2024-01-01", "--to", "2024-12-31", "--format", "html", "--lang", "zh");
        html.Exit.Should().Be(1);
        html.Out.Should().StartWith("<!DOCTYPE html>").And.Contain("<figure class=\"chart timeline\">").And.Contain("时间线")
            .And.Contain("data-rule=\"ldhtf-2012.dispatch.ratio\"").And.Contain("<title>2024-07-16–2024-12-31: 违反</title>");
    }

    [Fact]
    public void A_period_with_nothing_violated_exits_0()
    {
        var (exit, _, stderr) = Cli.Run("check", Cli.Sample("compliant-employer.json"), "--from", "2024-06-01", "--to", "2024-06-30");
        stderr.Should().BeEmpty();
        exit.Should().Be(0);
    }

    [Theory]
    [InlineData(new[] { "--from", "2024-01-01" }, "error: a period needs both --from and --to; --to is missing (or give --as-of to judge one day)")]
    [InlineData(new[] { "--to", "2024-01-01" }, "error: a period needs both --from and --to; --from is missing (or give --as-of to judge one day)")]
    [InlineData(new[] { "--from", "2024-01-01", "--to", "2024-12-31", "--as-of", "2024-06-30" }, "error: --as-of judges one day, --from and --to a period; give one or the other")]
    [InlineData(new[] { "--from", "2024-12-31", "--to", "2024-01-01" }, "error: --to 2024-01-01 is before --from 2024-12-31; a period runs forward")]
    [InlineData(new[] { "--from", "2024-02-30", "--to", "2024-12-31" }, "error: --from '2024-02-30' is not a date that exists: February 2024 has 29 days")]
    [InlineData(new[] { "--from", "2024-01-01", "--to", "2024-12-31", "--format", "sarif" }, "error: --format sarif reports one day; a period is reported as text, json, html, csv")]
    [InlineData(new[] { "--as-of", "2024-06-30", "--format", "csv" }, "error: --format csv reports a period; give --from and --to, or a format for one day's check (text, json, html, sarif, junit)")]
    public void Mistakes_in_the_period_are_refused_with_what_to_do(string[] options, string message)
    {
        var (exit, stdout, stderr) = Cli.Run(["check", s_shuozhou, .. options]);
        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be(message);
    }

    [Fact]
    public void A_period_as_csv_has_a_row_per_span_and_several_formats_go_to_a_folder()
    {
        var (exit, stdout, _) = Cli.Run("check", s_shuozhou, "--from", "2024-01-01", "--to", "2024-12-31", "--format", "csv", "--lang", "en");
        exit.Should().Be(1);
        stdout.Should().StartWith("employer,rule,severity,title,from,to,days,outcome,message,evidence,averageShare,limit,exceeds\r\n")
            .And.Contain("E-SZ-001,aqscf-2021.hidden-danger.rectified-by-deadline,major,Hidden dangers removed by their deadline,2024-07-16,2024-12-31,169,Violated,");

        var folder = System.IO.Directory.CreateTempSubdirectory("period-").FullName;
        try
        {
            var run = Cli.Run("check", s_shuozhou, "--from", "2024-01-01", "--to", "2024-12-31", "--format", "csv", "--format", "json", "--out", System.IO.Path.Combine(folder, "out"));
            run.Exit.Should().Be(1);
            System.IO.Directory.GetFiles(System.IO.Path.Combine(folder, "out")).Select(System.IO.Path.GetFileName).Should().BeEquivalentTo("report.csv", "report.json");
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonNode Rule(JsonNode report, string id) => report["rules"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == id)!;

    private static int Days(JsonNode span) =>
        (int)(DateOnly.Parse(span["to"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayNumber
              - DateOnly.Parse(span["from"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayNumber) + 1;
}
