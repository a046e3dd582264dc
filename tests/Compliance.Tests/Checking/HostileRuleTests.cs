using System.Globalization;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

/// <summary>
/// Rule files are code from anywhere: what an allowed rule could do to a run — grow memory without bound, loop where the
/// budget does not count, format a billion digits at load, wrap a number, answer differently with the machine's
/// culture — is refused at load or is that rule's error, the same on every machine.
/// </summary>
public sealed class HostileRuleTests
{
    [Fact]
    public void Texts_cannot_be_built_up_so_no_rule_can_double_a_string_without_limit()
    {
        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.grow", needs: "[workers]", body: """
                let:
                  a: workers.Select(w => w.Id + w.Id + w.Id).Count()
                check: a >= 0
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));

        diagnostics.Should().ContainSingle(d => d.Code == "CR0303").Which.Message.Should().Contain("String.Concat");
    }

    [Fact]
    public void A_text_is_no_sequence_a_rule_may_walk_outside_the_step_budget()
    {
        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.chars", needs: "[enterprise]", body: """
                let:
                  n: enterprise.Id.Count(c => c == 'E')
                check: n >= 0
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));

        diagnostics.Should().Contain(d => d.Code == "CR0303" && d.Message.Contains("Char", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("D999999999")]
    [InlineData("F999999999")]
    [InlineData("0000000000000000000000000000000000000")]
    public void A_format_that_would_write_without_limit_is_refused_at_load_without_formatting_it(string format)
    {
        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.format", body: $$"""
                let:
                  n: workforce.Dispatched
                check: n >= 0
                message: { violated: { zh: "{n:{{format}}}", en: x }, compliant: { zh: x, en: x } }
            """));

        diagnostics.Should().ContainSingle().Which.Code.Should().Be("CR0305");
    }

    [Fact]
    public void A_named_value_that_is_not_a_finite_number_is_the_rules_error_and_the_report_still_writes()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.infinite", body: """
                let:
                  x: 1.0 / 0.0
                check: true
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));

        var report = ComplianceChecker.Create(catalogue).Check(Employers.Mine(labor: 90, dispatched: 10), Employers.AsOf);

        report.Results.Single().Outcome.Should().Be(Outcome.Error);
        report.Results.Single().Reason!.En.Should().Contain("Infinity");
        ReportJson.ToJson(report).Should().Contain("\"error\"");
    }

    [Fact]
    public void Whole_number_arithmetic_that_overflows_is_the_rules_error_never_a_wrapped_number()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.overflow", body: """
                let:
                  total: workforce.LaborContract + workforce.Dispatched
                check: total > 0
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));
        var huge = new EmployerSnapshot { Enterprise = Employers.Shuozhou(), Headcount = new Headcount { LaborContract = 2_000_000_000, Dispatched = 500_000_000 } };

        var result = ComplianceChecker.Create(catalogue).Check(huge, Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(Outcome.Error);
        result.Reason!.En.Should().Contain("OverflowException");
        Bundled.Checker.Check(huge, Employers.AsOf).Results.Where(r => r.Rule.Duty == "dispatch.ratio")
            .Should().NotContain(r => r.Outcome == Outcome.Compliant, "a wrapped, negative total must never read as compliant");
    }

    [Fact]
    public void Texts_are_ordered_ordinally_whatever_the_machines_culture()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.order", needs: "[workers]", body: """
                let:
                  last: workers.Max(w => w.Id)
                  first: workers.OrderBy(w => w.Id).First().Id
                check: true
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));
        var checker = ComplianceChecker.Create(catalogue);
        var snapshot = new EmployerSnapshot
        {
            Enterprise = Employers.Shuozhou(),
            Workers = [new Worker { Id = "张三", Start = Employers.Start }, new Worker { Id = "李四", Start = Employers.Start }],
        };

        string[] Under(string culture)
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            try
            {
                return checker.Check(snapshot, Employers.AsOf).Results.Single().Values.Select(v => v.Text).ToArray();
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        // Ordinally 张 (U+5F20) comes before 李 (U+674E); by pinyin, li comes before zhang.
        Under("zh-CN").Should().Equal("李四", "张三").And.Equal(Under("en-US")).And.Equal(Under("tr-TR"));
    }

    [Fact]
    public void The_step_budget_decides_the_same_whatever_the_load_and_the_clock_is_a_last_resort()
    {
        new CheckerOptions().TimeLimitPerRule.Should().BeGreaterThanOrEqualTo(System.TimeSpan.FromSeconds(30));
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.cube", needs: "[workers]", body: """
                let:
                  n: workers.Sum(a => workers.Count(b => workers.Any(c => c.Id == b.Id)))
                check: n >= 0
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));
        var checker = ComplianceChecker.Create(catalogue, new CheckerOptions { MaxStepsPerRule = 50_000 });
        var snapshot = Employers.Mine(labor: 90, dispatched: 10);

        var outcomes = Enumerable.Range(0, 4).AsParallel().Select(_ => checker.Check(snapshot, Employers.AsOf).Results.Single().Reason!.En).Distinct().ToArray();

        outcomes.Should().ContainSingle().Which.Should().Contain("visited more than 50,000 facts");
    }

    [Fact]
    public void A_named_value_that_is_a_sequence_is_kept_as_plain_data_and_the_report_writes_it()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.sequence", needs: "[workers]", body: """
                let:
                  dispatched: workers.Where(w => w.IsDispatched)
                check: true
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));

        var report = ComplianceChecker.Create(catalogue).Check(Employers.Mine(labor: 8, dispatched: 2), Employers.AsOf);

        report.Results.Single().Values.Single().Value.Should().BeOfType<object?[]>();
        ReportJson.ToJson(report).Should().Contain("\"D001\"");
    }

    [Theory]
    [InlineData(990, null)]
    [InlineData(991, "the rule failed: the named value 'everyone' holds more than 1,000 items, more than a report states; name its count (.Count()), or list the records as evidence")]
    public void A_named_value_holds_at_most_a_thousand_items_and_more_is_the_rules_error(int labor, string? reason)
    {
        // Found under a capped heap: a named value of a million workers wrote a report the writer could not hold.
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.everyone", needs: "[workers]", body: """
                let:
                  everyone: workers.Select(w => w.Id)
                check: "false"
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));

        var result = ComplianceChecker.Create(catalogue).Check(Employers.Mine(labor: labor, dispatched: 10), Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(reason is null ? Outcome.Violated : Outcome.Error);
        result.Reason?.En.Should().Be(reason);
    }
}
