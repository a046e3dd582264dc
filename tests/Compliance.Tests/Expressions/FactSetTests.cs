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

    [Fact]
    public void Every_empty_set_is_one_that_walks_nothing_whatever_check_or_thread_reads_it()
    {
        var one = FactSet<int>.Of([], Context());
        var other = FactSet<int>.Of([], Context(steps: 0));

        one.Should().BeSameAs(other).And.BeSameAs(FactSet<int>.None);
        FactSet<int>.Of([1], Context()).Should().NotBeSameAs(FactSet<int>.None);

        using var walk = one.GetEnumerator();
        using var nested = one.GetEnumerator();
        walk.MoveNext().Should().BeFalse();
        nested.MoveNext().Should().BeFalse("walks at once share the enumerator, which holds nothing");
        one.Count().Should().Be(0, "walking no fact spends no step, even of a budget of none");
        one.Where(i => i > 0).Should().BeEmpty();

        var threads = Enumerable.Range(0, 4).AsParallel().Select(_ => Enumerable.Range(0, 10_000).Sum(_ => FactSet<int>.None.Count())).ToArray();
        threads.Should().OnlyContain(sum => sum == 0);
    }
}
