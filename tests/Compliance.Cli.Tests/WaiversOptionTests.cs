using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>check … --waivers FILE</c>: waived violations apart and out of the exit code; a bad file is exit 2 with positions.</summary>
public sealed class WaiversOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("waivers-").FullName;

    private static readonly string s_sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "waivers", "shuozhou.yaml"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "waivers.yaml");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Ratio(string expires) => $"""
        waivers:
          - id: W-9
            duty: dispatch.ratio
            employer: E-JZ-42
            reason: headcount plan agreed with the labour bureau
            approver: auditor
            granted: 2024-01-01
            expires: {expires}
        """;

    [Fact]
    public void The_sample_waiver_files_one_violation_apart_and_names_the_expired_one()
    {
        var (exit, output, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--waivers", Write(s_sample));

        exit.Should().Be(1, "the other violations are not waived");
        output.Should().Contain("Waived (not counted toward the exit code)")
            .And.Contain("Waiver:   W-1, approved by 张审计 (audit lead), 2024-06-15–2024-07-31")
            .And.Contain("Note: waiver W-2 (duty training.before-post) expired 2024-06-29; reported as violations again: aqscf-2021.training.before-post");
        output.Split("Waived (not counted")[0].Should().NotContain("jin-rsbf-2022-18.dispatch.safety-post", "a waived violation is not among the open findings");
        error.Should().Contain("note: E-SZ-001: waiver W-2 expired 2024-06-29; reported as violations again: aqscf-2021.training.before-post");
    }

    [Fact]
    public void Violations_all_waived_exit_0_and_a_waiver_expired_yesterday_exits_1()
    {
        Cli.Run("check", Cli.Sample("headcount-only.yaml"), "--as-of", "2024-06-30", "--waivers", Write(Ratio("2024-06-30"))).Exit.Should().Be(0);
        Cli.Run("check", Cli.Sample("headcount-only.yaml"), "--as-of", "2024-06-30", "--waivers", Write(Ratio("2024-06-29"))).Exit.Should().Be(1);
    }

    [Fact]
    public void Json_lists_the_waived_and_the_expired()
    {
        var (exit, output, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "json", "--waivers", Write(s_sample));

        exit.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("waived")[0].GetProperty("waiver").GetString().Should().Be("W-1");
        json.RootElement.GetProperty("expiredWaivers")[0].GetProperty("waiver").GetString().Should().Be("W-2");
    }

    [Fact]
    public void Html_has_a_waived_section()
    {
        var (_, output, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "html", "--waivers", Write(s_sample));

        output.Should().Contain("<h2 id=\"waived\">").And.Contain("data-waiver=\"W-1\"");
    }

    [Fact]
    public void An_unknown_rule_prints_its_position_and_exits_2_without_a_stack_trace()
    {
        var path = Write(s_sample.Replace("rule: jin-rsbf-2022-18.dispatch.safety-post", "rule: jin-rsbf-2022-18.dispatch.safety-pots", StringComparison.Ordinal));

        var (exit, output, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--waivers", path);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(
            $"{path}:6:11: error CR0601 [W-1]: waiver names rule 'jin-rsbf-2022-18.dispatch.safety-pots', which the catalogue does not hold; did you mean 'jin-rsbf-2022-18.dispatch.safety-post'?{Environment.NewLine}");
    }

    [Fact]
    public void A_waiver_for_an_employer_not_checked_is_a_positioned_error()
    {
        var path = Write(Ratio("2024-12-31"));

        var (exit, _, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--waivers", path);

        exit.Should().Be(2);
        error.Should().StartWith($"{path}:4:15: error CR0603 [W-9]: waiver names employer 'E-JZ-42'");
    }

    [Fact]
    public void Batch_writes_waived_csv_and_filed_reports()
    {
        var input = Directory.CreateDirectory(Path.Combine(_folder, "in")).FullName;
        File.Copy(Cli.Sample("shuozhou-coal-mine.json"), Path.Combine(input, "shuozhou-coal-mine.json"));
        var output = Path.Combine(_folder, "out");

        var (exit, _, error) = Cli.Run("batch", input, "--out", output, "--as-of", "2024-06-30", "--waivers", Write(s_sample));

        exit.Should().Be(1);
        error.Should().Contain("note: E-SZ-001: waiver W-2 expired 2024-06-29");
        var rows = File.ReadAllLines(Path.Combine(output, "waived.csv"));
        rows[0].Should().Be("source,employer,rule,severity,status,waiver,reason,approver,granted,expires");
        rows.Should().Contain(r => r.Contains(",jin-rsbf-2022-18.dispatch.safety-post,critical,waived,W-1,", StringComparison.Ordinal));
        rows.Count(r => r.Contains(",expired,W-2,", StringComparison.Ordinal)).Should().Be(4);
        File.ReadAllText(Path.Combine(output, "reports.jsonl")).Should().Contain("\"waived\":[{\"ruleId\":\"jin-rsbf-2022-18.dispatch.safety-post\"");
    }

    [Fact]
    public void Batch_with_a_bad_waiver_file_exits_2_before_checking()
    {
        var path = Write(s_sample.Replace("expires: 2024-06-29", "expires: 2024-05-01", StringComparison.Ordinal));

        var (exit, _, error) = Cli.Run("batch", Cli.Samples, "--out", Path.Combine(_folder, "out"), "--as-of", "2024-06-30", "--waivers", path);

        exit.Should().Be(2);
        error.Should().Contain($"{path}:19:14: error CR0605 [W-2]: 'expires' 2024-05-01 is before 'granted' 2024-06-01");
    }

    [Fact]
    public void A_missing_waiver_file_exits_2_with_one_line()
    {
        var (exit, _, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--waivers", Path.Combine(_folder, "none.yaml"));

        exit.Should().Be(2);
        error.Should().StartWith("error: --waivers ").And.Contain("there is no such file");
    }
}
