using System;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Testing;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Testing;

/// <summary>Runs the rule tests in rules/tests, as <c>rules test</c> does, and checks that every rule has its cases.</summary>
public sealed class BundledRuleTests
{
    private static readonly string s_tests = Path.Combine(AppContext.BaseDirectory, "rules", "tests");

    private static readonly Lazy<RuleTestReport> s_report = new(() => RuleTestRunner.RunFolder(Bundled.Checker, s_tests));

    [Fact]
    public void Test_files_are_well_formed()
    {
        s_report.Value.Problems.Select(p => p.ToString()).Should().BeEmpty();
    }

    [Fact]
    public void Every_case_passes()
    {
        var failures = s_report.Value.Cases.Where(c => !c.Passed)
            .SelectMany(c => c.Failures.Select(f => $"{c.Position}: {c.Name}: {f}"));

        failures.Should().BeEmpty();
    }

    [Fact]
    public void Every_rule_has_a_violating_and_a_compliant_case_and_a_not_applicable_case_when_scoped()
    {
        // The same check `rules test` makes, so that an author's run fails exactly where this suite does.
        var gaps = RuleCaseCoverage.Find(Bundled.Catalogue.Rules, s_report.Value).Select(g => g.ToString());

        gaps.Should().BeEmpty();
    }

    [Fact]
    public void A_rule_without_a_violating_case_and_a_file_without_tests_are_gaps()
    {
        var withoutViolation = new RuleTestReport(
            [.. s_report.Value.Cases.Select(c => c with { Expected = [.. c.Expected.Where(e => !(e.RuleId == "jin-rsbf-2022-18.dispatch.ratio" && e.Outcome == Outcome.Violated))] })],
            []);
        var withoutFile = new RuleTestReport([.. s_report.Value.Cases.Where(c => !c.Position.File.EndsWith("jin-ren-she-ban-fa-2022-18.yaml", StringComparison.Ordinal))], []);
        var rules = Bundled.Catalogue.Rules.Where(r => r.Document.RuleFile.EndsWith("jin-ren-she-ban-fa-2022-18.yaml", StringComparison.Ordinal)).ToArray();

        RuleCaseCoverage.Find(rules, withoutViolation).Select(g => g.ToString()).Should().Equal("jin-rsbf-2022-18.dispatch.ratio: no Violated case");
        RuleCaseCoverage.Find(rules, withoutFile).Select(g => g.ToString()).Should().StartWith(
            "rule file 'jin-ren-she-ban-fa-2022-18.yaml' has no test cases; write them in tests/jin-ren-she-ban-fa-2022-18.yaml (docs/rule-tests.md)");
    }

    [Fact]
    public void A_failing_expectation_is_reported_with_its_position_and_what_differed()
    {
        var file = new ChinaLabour.Compliance.Loading.RuleFileSource("t.yaml", """
            cases:
              - name: wrong on purpose
                asOf: 2024-06-30
                snapshot: { enterprise: { id: E1, regionCode: "140602", industryCode: "0610" }, headcount: { laborContract: 88, dispatched: 12 } }
                expect:
                  - { rule: jin-rsbf-2022-18.dispatch.ratio, outcome: compliant }
                  - { rule: jin-rsbf-2022-18.dispatch.nonexistent, outcome: compliant }
            """);

        var report = RuleTestRunner.Run(Bundled.Checker, [file]);

        var result = report.Cases.Should().ContainSingle().Which;
        result.Position.ToString().Should().Be("t.yaml:2:5");
        result.Failures.Should().Equal(
            "rule 'jin-rsbf-2022-18.dispatch.ratio': expected compliant, found violated (dispatched 12 of 100 (12.0%), limit 10%)",
            "rule 'jin-rsbf-2022-18.dispatch.nonexistent' is not in the catalogue");
    }
}
