using System;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class ComplianceCheckerTests
{
    private const string Throwing = """
            let:
              dispatched: workforce.Dispatched
              perHead: workforce.LaborContract / (workforce.Dispatched - workforce.Dispatched)
            check: perHead > 0
            message: { violated: { zh: 测试, en: test }, compliant: { zh: 测试, en: test } }
        """;

    private const string Quadratic = """
            let:
              pairs: workers.Sum(a => workers.Count(b => b.Id != a.Id))
            check: pairs >= 0
            message: { violated: { zh: 测试, en: test }, compliant: { zh: 测试, en: test } }
        """;

    [Fact]
    public void Rule_that_throws_is_an_error_never_violated_or_compliant_and_the_others_still_run()
    {
        // microsoft/RulesEngine#187: by default a throwing rule looks like a failed one.
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.throws", needs: "[workforce]", body: Throwing) + "\n" + TestRules.Rule("test.fine"));

        var report = ComplianceChecker.Create(catalogue).Check(Employers.Mine(labor: 90, dispatched: 10), Employers.AsOf);

        var failed = report.Results.Single(r => r.Rule.Id == "test.throws");
        failed.Outcome.Should().Be(Outcome.Error);
        failed.Reason!.En.Should().Be("the rule failed: DivideByZeroException: Attempted to divide by zero.");
        failed.Values.Select(v => v.Name).Should().Equal("dispatched");
        report.Results.Single(r => r.Rule.Id == "test.fine").Outcome.Should().Be(Outcome.Compliant);
    }

    [Fact]
    public void Rule_that_exceeds_its_step_budget_is_stopped_and_reported_as_an_error()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.quadratic", needs: "[workers]", body: Quadratic));
        var checker = ComplianceChecker.Create(catalogue, new CheckerOptions { MaxStepsPerRule = 10_000 });

        var result = checker.Check(Employers.Mine(labor: 190, dispatched: 10), Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(Outcome.Error);
        result.Reason!.En.Should().Be("the rule failed: the rule visited more than 10,000 facts and was stopped; simplify its expressions or raise MaxStepsPerRule");
    }

    [Fact]
    public void Rule_that_exceeds_its_time_budget_is_stopped_and_reported_as_an_error()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.quadratic", needs: "[workers]", body: Quadratic.Replace("b.Id != a.Id", "workers.Count(c => c.Id != b.Id) > 0", StringComparison.Ordinal)));
        var checker = ComplianceChecker.Create(catalogue, new CheckerOptions { TimeLimitPerRule = TimeSpan.FromTicks(1) });

        var result = checker.Check(Employers.Mine(labor: 190, dispatched: 10), Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(Outcome.Error);
        result.Reason!.En.Should().StartWith("the rule failed: the rule ran past its time limit");
    }

    [Fact]
    public void Same_rule_within_budget_completes()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.quadratic", needs: "[workers]", body: Quadratic));

        var result = ComplianceChecker.Create(catalogue).Check(Employers.Mine(labor: 190, dispatched: 10), Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(Outcome.Compliant);
        result.Values.Single().Value.Should().Be(200 * 199);
    }

    [Fact]
    public void Method_call_on_a_captured_date_inside_nested_lambdas_evaluates()
    {
        // FastExpressionCompiler 5.4.1 compiles this into code that kills the process (SIGSEGV); the checker must not.
        var body = """
                let:
                  late: workers.Count(w => w.Trainings.Any(t => t.Date.PlusDays(1) <= asOf.PlusDays(1)))
                check: late >= 0
                message: { violated: { zh: 测试, en: test }, compliant: { zh: 测试, en: test } }
            """;
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.nested", needs: "[workers]", body: body));
        var mine = Employers.Mine(labor: 1, dispatched: 0);
        var snapshot = mine with { Workers = [.. mine.Workers!.Select(w => w with { Trainings = [new ChinaLabour.Compliance.Snapshots.Training { Kind = ChinaLabour.Compliance.Snapshots.TrainingKind.Safety, Date = Employers.Start, Passed = true }] })] };

        var result = ComplianceChecker.Create(catalogue).Check(snapshot, Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(Outcome.Compliant);
        result.Values.Single().Value.Should().Be(1);
    }

    [Fact]
    public void Invalid_options_are_refused_all_at_once()
    {
        var act = () => ComplianceChecker.Create(Bundled.Catalogue, new CheckerOptions { MaxStepsPerRule = 0, TimeLimitPerRule = TimeSpan.Zero });

        act.Should().Throw<ArgumentException>().WithMessage(
            "TimeLimitPerRule must be positive; found 00:00:00. MaxStepsPerRule must be positive; found 0.*");
    }

    [Fact]
    public void Results_follow_catalogue_order()
    {
        var report = Bundled.Checker.Check(Employers.Mine(labor: 90, dispatched: 10), Employers.AsOf);

        report.Results.Select(r => r.Rule.Id).Should().Equal(Bundled.Catalogue.Rules.Select(r => r.Id));
        report.CatalogueHash.Should().Be(Bundled.Catalogue.ContentHash).And.HaveLength(64);
    }
}
