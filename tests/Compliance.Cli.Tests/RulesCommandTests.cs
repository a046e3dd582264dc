using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>The <c>rules</c> commands, run in-process.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void List_names_every_rule_with_document_and_clause()
    {
        var (exit, output, _) = Cli.Run("rules", "list");

        exit.Should().Be(0);
        output.Should().Contain("jin-rsbf-2022-18.dispatch.ratio  [major]  晋人社办发〔2022〕18号 二（五）");
    }

    [Fact]
    public void Markdown_list_is_the_rules_page_in_docs()
    {
        var (exit, output, _) = Cli.Run("rules", "list", "--format", "markdown");
        var page = FindRepositoryFile("docs/rules.md");

        if (Environment.GetEnvironmentVariable("APPROVE_DOCS") == "1")
        {
            File.WriteAllText(page, output);
        }

        exit.Should().Be(0);
        output.Should().Be(File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal),
            "docs/rules.md is generated from the catalogue; regenerate it with APPROVE_DOCS=1 dotnet test");
    }

    [Fact]
    public void Reference_is_the_expression_reference_page_in_docs_and_names_every_fact_with_its_meaning()
    {
        var (exit, output, _) = Cli.Run("rules", "reference");
        var page = FindRepositoryFile("docs/expression-reference.md");

        if (Environment.GetEnvironmentVariable("APPROVE_DOCS") == "1")
        {
            File.WriteAllText(page, output);
        }

        exit.Should().Be(0);
        output.Should().Contain("| `LastDrill` | date or none | When the last emergency drill was held; `none` when no drill has been held. |")
            .And.Contain("| `roster` | list of WorkerFact |")
            .And.Contain("`Fn.Date(year: whole number, month: whole number, day: whole number)`");
        output.Should().Be(File.ReadAllText(page).Replace("\r\n", "\n", StringComparison.Ordinal),
            "docs/expression-reference.md is generated from the views and the snapshot records; regenerate it with APPROVE_DOCS=1 dotnet test");
    }

    [Fact]
    public void Show_prints_the_rule_in_full()
    {
        var (exit, output, _) = Cli.Run("rules", "show", "jin-rsbf-2022-18.dispatch.ratio");

        exit.Should().Be(0);
        output.Should().Contain("quote     企业劳务派遣用工只限于临时性、辅助性、替代性工作岗位").And.Contain("check     ratio <= limit");
    }

    [Fact]
    public void Show_of_an_unknown_rule_suggests_near_names_and_exits_2()
    {
        var (exit, _, error) = Cli.Run("rules", "show", "dispatch.ratio");

        exit.Should().Be(2);
        error.Should().Contain("no rule 'dispatch.ratio'; did you mean jin-rsbf-2022-18.dispatch.ratio");
    }

    [Fact]
    public void Coverage_json_lists_every_clause_with_document_status_and_rules()
    {
        var (exit, output, _) = Cli.Run("rules", "coverage", "--format", "json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var clauses = json.RootElement.GetProperty("clauses").EnumerateArray().ToArray();
        clauses.Should().Contain(c => c.GetProperty("document").GetString() == "晋人社办发〔2022〕18号"
            && c.GetProperty("clause").GetString() == "二（五）"
            && c.GetProperty("status").GetString() == "encoded"
            && c.GetProperty("ruleIds").EnumerateArray().Any(r => r.GetString() == "jin-rsbf-2022-18.dispatch.ratio"));
        clauses.Where(c => c.GetProperty("status").GetString() != "encoded").Should().OnlyContain(c => c.GetProperty("reason").GetString()!.Length > 0);
    }

    [Fact]
    public void Lint_of_the_bundled_rule_folder_is_clean()
    {
        var (exit, output, _) = Cli.Run("rules", "lint", Cli.Rules);

        exit.Should().Be(0);
        output.Should().EndWith("no problems.\n");
    }

    [Fact]
    public void Lint_reports_every_problem_with_position_and_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("lint-").FullName;
        File.WriteAllText(Path.Combine(folder, "bad.yaml"), "document:\n  number: X\n  issued: 2022-02-30\nrules: []\nbogus: 1\n");
        try
        {
            var (exit, _, error) = Cli.Run("rules", "lint", folder);

            exit.Should().Be(2);
            error.Should().Contain("bad.yaml:3:11: error CR0104").And.Contain("bad.yaml:5:1: error CR0101");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Test_runs_the_rule_tests_of_a_folder_and_exits_0_when_they_pass()
    {
        var (exit, output, _) = Cli.Run("rules", "test", Cli.Rules);

        exit.Should().Be(0);
        output.Should().MatchRegex(@"^\d+ passed, 0 failed\n$");
    }

    [Fact]
    public void Test_reports_a_failing_case_with_its_position_and_exits_1()
    {
        var folder = Directory.CreateTempSubdirectory("ruletests-").FullName;
        CopyFolder(Cli.Rules, folder);
        File.WriteAllText(Path.Combine(folder, "tests", "wrong.yaml"), """
            cases:
              - name: expects the wrong outcome
                asOf: 2024-06-30
                snapshot: { enterprise: { id: E1, regionCode: "140602" }, headcount: { laborContract: 88, dispatched: 12 } }
                expect:
                  - { rule: jin-rsbf-2022-18.dispatch.ratio, outcome: compliant }
            """);
        try
        {
            var (exit, output, _) = Cli.Run("rules", "test", folder);

            exit.Should().Be(1);
            output.Should().Contain("FAIL wrong.yaml:2:5: expects the wrong outcome")
                .And.Contain("rule 'jin-rsbf-2022-18.dispatch.ratio': expected compliant, found violated")
                .And.Contain(" failed");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Test_fails_when_a_rule_file_has_no_tests_as_the_test_suite_does()
    {
        var folder = Directory.CreateTempSubdirectory("ruletests-").FullName;
        CopyFolder(Cli.Rules, folder);
        File.Delete(Path.Combine(folder, "tests", "zhi-gong-gong-zuo-shi-jian-gui-ding-1995.yaml"));
        try
        {
            var (exit, output, _) = Cli.Run("rules", "test", folder);

            exit.Should().Be(1);
            output.Should().Contain("GAP  zhi-gong-gong-zuo-shi-jian-gui-ding-1995.yaml: rule file 'zhi-gong-gong-zuo-shi-jian-gui-ding-1995.yaml' has no test cases; write them in tests/zhi-gong-gong-zuo-shi-jian-gui-ding-1995.yaml (docs/rule-tests.md)")
                .And.MatchRegex(@": no Violated case\n")
                .And.MatchRegex(@"\d+ passed, 0 failed, \d+ case\(s\) missing\n$");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Test_with_add_rules_runs_the_local_tests_and_judges_only_the_local_rules()
    {
        var (exit, output, _) = Cli.Run("rules", "test", "--add-rules", FindRepositoryFile("docs/examples/new-document"));

        exit.Should().Be(0);
        output.Should().Be("4 passed, 0 failed\n");
    }

    [Fact]
    public void Test_with_rule_runs_only_the_cases_that_name_it()
    {
        var (exit, output, _) = Cli.Run("rules", "test", "--add-rules", FindRepositoryFile("docs/examples/new-document"), "--rule", "example-2025-1.dispatch.ratio", "--file", "example-yong-gong-2025.yaml");

        exit.Should().Be(0);
        output.Should().Be("4 passed, 0 failed\n");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRepositoryFile(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Compliance.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Compliance.sln not found"), relative);
    }
}
