using System;
using System.IO;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>The <c>check</c> command, run in-process as a user would run it.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Shuozhou_mine_prints_the_ratio_violation_with_citation_quote_figures_evidence_and_remedy_and_exits_1()
    {
        var (exit, output, error) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30");

        exit.Should().Be(1);
        error.Should().BeEmpty();
        // One finding per duty: the national article leads, the provincial clause that restates it follows.
        output.Should().Contain("VIOLATED  [major] ldhtf-2012.dispatch.ratio")
            .And.Contain("Clause:   中华人民共和国劳动合同法 第六十六条")
            .And.Contain("Basis:    劳务派遣暂行规定 第四条")
            .And.Contain("Figures:  dispatched 12 of 100 (12.0%), limit 10%")
            .And.Contain("Evidence: worker W089, worker W090")
            .And.Contain("Remedy:   at most 10 dispatched workers; convert at least 2 to labour contracts")
            .And.Contain("Also:     晋人社办发〔2022〕18号 二（五） (jin-rsbf-2022-18.dispatch.ratio): 企业劳务派遣用工只限于临时性、辅助性、替代性工作岗位，且用工数量不得超过企业用工总量的10%")
            .And.Contain("VIOLATED  [critical] mkaqtl-2024.dispatch.mine-underground");
        output.Split("VIOLATED  [major] ldhtf-2012.dispatch.ratio")[1].Split("\n\n")[0].Should().NotContain("VIOLATED", "the provincial rule of the same duty is part of the finding, not a second one");
        output.IndexOf("VIOLATED", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("COMPLIANT", StringComparison.Ordinal) is var c and >= 0 ? c : int.MaxValue);
    }

    [Fact]
    public void Chinese_report_speaks_chinese()
    {
        var (exit, output, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--lang", "zh");

        exit.Should().Be(1);
        output.Should().Contain("违反  [较重] ldhtf-2012.dispatch.ratio").And.Contain("同时违反").And.Contain("晋人社办发〔2022〕18号 二（五）");
    }

    [Theory]
    [InlineData("minor", 1)]
    [InlineData("critical", 1)]
    public void Fail_on_sets_the_least_severity_that_fails_the_run(string severity, int expected)
    {
        Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--fail-on", severity).Exit.Should().Be(expected);
    }

    [Fact]
    public void Fail_on_critical_passes_an_employer_whose_violations_are_all_major()
    {
        // The headcount-only sample breaks only the major ratio rules.
        var (exit, output, _) = Cli.Run("check", Cli.Sample("headcount-only.yaml"), "--as-of", "2024-06-30", "--fail-on", "critical");

        exit.Should().Be(0);
        output.Should().Contain("VIOLATED  [major]");
    }

    [Fact]
    public void Compliant_employer_exits_0()
    {
        var (exit, output, _) = Cli.Run("check", Cli.Sample("compliant-employer.json"), "--as-of", "2024-06-30");

        exit.Should().Be(0);
        output.Should().Contain("0 violated").And.Contain("dispatched 5 of 50 (10.0%), limit 10%");
    }

    [Fact]
    public void Employer_in_another_province_is_judged_by_national_law_alone()
    {
        // Beijing: no provincial document binds it, but 劳动合同法 does: 20 dispatched of 60 breaks the national ratio.
        var (exit, output, _) = Cli.Run("check", Cli.Sample("other-province.json"), "--as-of", "2024-06-30");

        exit.Should().Be(1);
        output.Should().Contain(" 1 violated").And.Contain("VIOLATED  [major] ldhtf-2012.dispatch.ratio")
            .And.Contain("region 110105 is outside the rule's regions (14)").And.NotContain("Also:");
    }

    [Fact]
    public void Employer_with_too_little_data_is_indeterminate_naming_what_is_missing()
    {
        var (exit, output, _) = Cli.Run("check", Cli.Sample("too-little-data.json"), "--as-of", "2024-06-30");

        exit.Should().Be(0);
        output.Should().Contain(" 0 violated, 0 compliant").And.Contain("INDETERMINATE  jin-rsbf-2022-18.dispatch.ratio: missing headcount, workers");
    }

    [Fact]
    public void Json_format_writes_the_report_schema_and_is_the_same_on_every_run()
    {
        var first = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "json");
        var second = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--format", "json");

        first.Exit.Should().Be(1);
        first.Out.Should().Be(second.Out);
        using var document = JsonDocument.Parse(first.Out);
        document.RootElement.GetProperty("schema").GetString().Should().Be("compliance-report/1");
    }

    [Fact]
    public void Out_writes_the_report_to_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, output, _) = Cli.Run("check", Cli.Sample("headcount-only.yaml"), "--as-of", "2024-06-30", "--format", "json", "--out", file);

            exit.Should().Be(1);
            output.Should().BeEmpty();
            File.ReadAllText(file).Should().Contain("\"evidenceUnavailable\": [\n        \"workers\"\n      ]");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void As_of_defaults_to_today_in_china_from_the_clock()
    {
        var (_, output, _) = Cli.Run("check", Cli.Sample("compliant-employer.json"));

        // The fake clock says 2024-06-30 02:00 UTC, which is 10:00 in Shanghai.
        output.Should().Contain("as of 2024-06-30");
    }

    [Fact]
    public void Bad_snapshot_exits_2_with_position_and_no_stack_trace()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ \"enterprise\": { \"id\": \"E1\" },\n  \"workers\": [ { \"id\": \"W1\", \"start\": \"2024-13-01\" } ] }");
        try
        {
            var (exit, output, error) = Cli.Run("check", file, "--as-of", "2024-06-30");

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().Contain($"{file}:2:").And.Contain("$.workers[0].start").And.NotContain("   at ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Bad_rules_exit_2_with_every_diagnostic()
    {
        var folder = Directory.CreateTempSubdirectory("rules-").FullName;
        File.WriteAllText(Path.Combine(folder, "bad.yaml"), "document:\n  number: X\nrules:\n  - id: Not An Id\n");
        try
        {
            var (exit, _, error) = Cli.Run("check", Cli.Sample("compliant-employer.json"), "--rules", folder);

            exit.Should().Be(2);
            error.Should().Contain("bad.yaml:2:3: error CR0102").And.Contain("bad.yaml:4:9: error CR0107 [Not An Id]").And.Contain("nothing was checked");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Rules_folder_replaces_the_bundled_catalogue()
    {
        var (exit, output, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--rules", Cli.Rules);

        exit.Should().Be(1);
        output.Should().Contain("VIOLATED  [major] ldhtf-2012.dispatch.ratio").And.Contain("(jin-rsbf-2022-18.dispatch.ratio)");
    }

    [Fact]
    public void Add_rules_puts_local_rules_beside_the_bundled_ones()
    {
        var folder = Directory.CreateTempSubdirectory("local-rules-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "sources", "company.txt"), "第一条 每名员工每年至少参加一次安全培训。");
        File.WriteAllText(Path.Combine(folder, "company.yaml"), """
            document:
              number: 企业内规〔2024〕1号
              title: { zh: 企业安全培训规定, en: Company training rule }
              issuer: 示例煤业
              issued: 2024-01-01
              jurisdiction: ["1406"]
              source: sources/company.txt
            rules:
              - id: company.training.yearly
                title: { zh: 每年安全培训, en: Yearly safety training }
                reading: test reading
                citation: { clause: 第一条, quote: 每名员工每年至少参加一次安全培训, en: Every employee attends safety training at least once a year. }
                severity: minor
                needs: [workers]
                let:
                  untrained: workers.Count(w => !w.Trainings.Any(t => t.Kind == "safety" && t.Date.PlusYears(1) > asOf))
                check: untrained == 0
                evidence: workers.Where(w => !w.Trainings.Any(t => t.Kind == "safety" && t.Date.PlusYears(1) > asOf))
                message: { violated: { zh: "{untrained} 人一年内未参加安全培训", en: "{untrained} worker(s) without safety training in the past year" }, compliant: { zh: "{untrained} 人一年内未参加安全培训", en: "{untrained} worker(s) without safety training in the past year" } }
            """);
        try
        {
            var (exit, output, _) = Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--add-rules", folder);

            exit.Should().Be(1);
            output.Should().Contain("jin-rsbf-2022-18.dispatch.ratio").And.Contain("company.training.yearly");

            Cli.Run("check", Cli.Sample("shuozhou-coal-mine.json"), "--rules", folder, "--add-rules", folder).Exit.Should().Be(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("check", "missing.json", "--as-of", "30/06/2024")]
    [InlineData("check")]
    [InlineData("check", "x.json", "--format", "pdf")]
    [InlineData("check", "x.json", "--bogus")]
    [InlineData("frobnicate")]
    public void Bad_command_lines_exit_2(params string[] args)
    {
        var (exit, _, error) = Cli.Run(args);

        exit.Should().Be(2);
        error.Should().NotBeEmpty().And.NotContain("   at ");
    }
}
