using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Testing;
using ChinaLabour.Compliance.Yaml;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Testing;

/// <summary>
/// Bad rule test files are problems or failing cases with their positions, never an exception or a crash: the
/// bundled test files, damaged a few hundred ways with a fixed seed, and the inputs that once escaped.
/// </summary>
public sealed class RuleTestRunnerRobustnessTests
{
    private const int Seed = 20240702;

    private const int MutationsPerFile = 50;

    private static readonly string s_tests = Path.Combine(AppContext.BaseDirectory, "rules", "tests");

    public static TheoryData<string> TestFiles() =>
        new(Directory.EnumerateFiles(s_tests, "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TestFiles))]
    public void Damaged_test_file_gives_problems_with_positions_never_an_exception(string name)
    {
        var text = File.ReadAllText(Path.Combine(s_tests, name));
        var mutator = new Mutator(Seed + name.Length, json: false);
        var failures = new List<string>();

        for (var i = 0; i < MutationsPerFile; i++)
        {
            var (what, damaged) = mutator.Mutate(text);
            var input = $"{name} #{i}: {what}";
            RuleTestReport report;
            try
            {
                report = RuleTestRunner.Run(Bundled.Checker, [new RuleFileSource(name, damaged)]);
            }
            catch (Exception e)
            {
                failures.Add($"{input}: {e.GetType().Name}: {e.Message}");
                continue;
            }

            failures.AddRange(report.Problems.Select(p => p.Position).Concat(report.Cases.Select(c => c.Position))
                .Where(p => p.Line < 1 || p.Column < 1)
                .Select(p => $"{input}: no real position: {p}"));
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Alias_read_as_a_key_without_a_value_is_a_problem_not_an_exception()
    {
        // Was: ArgumentException ("The current event is of an unsupported type") from YamlDotNet's node builder.
        var report = RuleTestRunner.Run(Bundled.Checker, [new RuleFileSource("t.yaml", "cases: \"x\"*b\n")]);

        var problem = report.Problems.Should().ContainSingle().Which;
        problem.Code.Should().Be("CR0001");
        problem.Position.Line.Should().Be(2);
    }

    [Fact]
    public void Nesting_too_deep_is_a_problem_not_a_stack_overflow()
    {
        // Was: YamlDotNet builds nodes recursively and the process died of a stack overflow.
        var report = RuleTestRunner.Run(Bundled.Checker, [new RuleFileSource("t.yaml", "cases: " + new string('[', 100_000))]);

        report.Problems.Should().ContainSingle().Which.ToString().Should().StartWith(
            "t.yaml:1:71: error CR0001: the file is not valid YAML: lists and mappings are nested more than 64 deep");
    }

    [Fact]
    public void Snapshot_alias_that_contains_itself_fails_its_case_not_the_process()
    {
        // Was: the snapshot's conversion to JSON followed the alias without end and the process died.
        var file = new RuleFileSource("t.yaml", """
            cases:
              - name: a snapshot that contains itself
                asOf: 2024-06-30
                snapshot: &s { enterprise: *s }
                expect: [{ rule: jin-rsbf-2022-18.dispatch.ratio, outcome: violated }]
            """);

        var report = RuleTestRunner.Run(Bundled.Checker, [file]);

        report.Cases.Should().ContainSingle().Which.Failures.Should().ContainSingle().Which.Should().StartWith(
            "the snapshot does not read: t.yaml:4:15: lists and mappings are nested more than 64 deep");
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("# a comment\n- a list\n", 2, 1)]
    public void File_that_is_not_a_mapping_is_reported_at_a_real_position(string text, int line, int column)
    {
        // Was: line 0, column 0, from a default YamlDotNet Mark.
        var report = RuleTestRunner.Run(Bundled.Checker, [new RuleFileSource("t.yaml", text)]);

        report.Problems.Should().ContainSingle().Which.Position.Should().Be(new SourcePosition("t.yaml", line, column));
    }

    [Fact]
    public void A_mistyped_test_key_is_named_with_the_key_it_is_near()
    {
        var file = new RuleFileSource("t.yaml", """
            cases:
              - name: a typo
                asOf: 2024-06-30
                snapshot: { enterprise: { id: E1 } }
                expect: [{ rule: jin-rsbf-2022-18.dispatch.ratio, outcom: violated }]
            """);

        var report = RuleTestRunner.Run(Bundled.Checker, [file]);

        report.Problems.Select(p => p.ToString()).Should().Contain(
            "t.yaml:5:55: error CR0101: unknown key 'outcom'; did you mean 'outcome'? Expected one of: rule, outcome, notApplicable, values, evidence, missing");
    }
}
