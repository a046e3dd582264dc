using System;
using System.Linq;
using ChinaLabour.Compliance.Expressions;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Expressions;

/// <summary>A fact set hands a finished walk's enumerator to the next walk: walks nested or in turn see every fact, and each fact visited is a step.</summary>
public sealed class FactSetTests
{
    private static EvaluationContext Context(long steps = 1_000) => new(new LocalDate(2024, 6, 30), new EvaluationBudget(steps, TimeSpan.FromSeconds(30)));

    [Fact]
    public void Walks_in_turn_and_nested_each_see_every_fact_in_order()
    {
        var set = new FactSet<int>([1, 2, 3], Context());

        set.Sum().Should().Be(6);
        set.Select(a => set.Count(b => b < a)).Should().Equal(0, 1, 2);
        set.Where(a => a > 1).Should().Equal(2, 3);
        set.First().Should().Be(1, "a walk left early gives its enumerator back too");
        set.ToArray().Should().Equal(1, 2, 3);
    }

    [Fact]
    public void An_enumerator_given_back_cannot_be_read_again()
    {
        var set = new FactSet<int>([1, 2], Context());
        var walk = set.GetEnumerator();
        walk.MoveNext().Should().BeTrue();
        walk.Dispose();

        var read = () => walk.MoveNext();

        read.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Every_fact_visited_counts_against_the_budget_whichever_enumerator_walks()
    {
        var set = new FactSet<int>([1, 2, 3], Context(steps: 5));
        set.Count().Should().Be(3);

        var again = () => set.Count();

        again.Should().Throw<BudgetExceededException>("the second walk visits the 6th fact of a 5-step budget");
    }
}
