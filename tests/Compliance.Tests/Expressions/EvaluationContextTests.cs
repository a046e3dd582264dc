using System;
using ChinaLabour.Compliance.Expressions;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Expressions;

public sealed class EvaluationContextTests
{
    private static EvaluationContext Context() => new(Employers.AsOf, new EvaluationBudget(1_000, TimeSpan.FromSeconds(30)));

    [Fact]
    public void Missing_facts_come_out_once_each_in_ordinal_order_whatever_order_they_were_met_in()
    {
        var context = Context();
        context.Begin(0);
        foreach (var fact in new[] { "workers[W2].start", "workers[W10].start", "workers[W1].overtime", "workers[W2].start", "workers[W1].end", "workers[张三].start" })
        {
            context.Missing(fact, 0);
        }

        // Ordinal: "1" (U+0031) before "2", so W10 before W2; 张 (U+5F20) after every ASCII letter.
        context.MissingFacts().Should().Equal("workers[W10].start", "workers[W1].end", "workers[W1].overtime", "workers[W2].start", "workers[张三].start");
    }

    [Fact]
    public void Missing_facts_met_in_order_stay_in_order()
    {
        var context = Context();
        context.Begin(0);
        context.Missing("workers[W1].end", 0);
        context.Missing("workers[W2].end", 0);
        context.Missing("workers[W3].end", 0);

        context.MissingFacts().Should().Equal("workers[W1].end", "workers[W2].end", "workers[W3].end");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1_023)]
    [InlineData(1_024)]
    [InlineData(1_025)]
    [InlineData(3_000)]
    public void A_rule_is_stopped_at_the_first_step_past_its_budget_not_at_the_next_clock_check(int budget)
    {
        var context = new EvaluationContext(Employers.AsOf, new EvaluationBudget(budget, TimeSpan.FromSeconds(30)));
        context.Begin(0);
        for (var i = 0; i < budget; i++)
        {
            context.Tick();
        }

        FluentActions.Invoking(context.Tick).Should().Throw<BudgetExceededException>().WithMessage($"the rule visited more than {budget:N0} facts*");

        // Each rule has its own budget.
        context.Begin(0);
        FluentActions.Invoking(context.Tick).Should().NotThrow();
    }

    [Fact]
    public void A_cancelled_check_stops_at_the_next_clock_check()
    {
        using var cancellation = new System.Threading.CancellationTokenSource();
        var context = new EvaluationContext(Employers.AsOf, new EvaluationBudget(10_000, TimeSpan.FromSeconds(30)), cancellation.Token);
        context.Begin(0);
        cancellation.Cancel();
        for (var i = 1; i < 1_024; i++)
        {
            context.Tick();
        }

        FluentActions.Invoking(context.Tick).Should().Throw<OperationCanceledException>("the clock and the cancellation are looked at every 1,024 steps");
    }
}
