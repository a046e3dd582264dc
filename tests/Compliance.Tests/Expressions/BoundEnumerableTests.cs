using System;
using System.Linq;
using ChinaLabour.Compliance.Expressions;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Expressions;

/// <summary>The state-passing Any, All, Count and Where behave as Enumerable's do (their use by the lifter: ClosureLifterTests).</summary>
public sealed class BoundEnumerableTests
{
    [Fact]
    public void The_bound_methods_fail_as_linq_does_and_where_stays_lazy()
    {
        static bool Above(int item, int limit) => item > limit;
        int[]? missing = null;

        var linq = () => Enumerable.Count(missing!, item => item > 0);
        var bound = () => BoundEnumerable.Count(missing!, Above, 0);
        bound.Should().Throw<ArgumentNullException>().WithMessage(linq.Should().Throw<ArgumentNullException>().Which.Message);
        FluentActions.Invoking(() => BoundEnumerable.Where(missing!, Above, 0)).Should().Throw<ArgumentNullException>("checked when called, as Enumerable.Where is");
        FluentActions.Invoking(() => BoundEnumerable.Any(missing!, Above, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BoundEnumerable.All(missing!, Above, 0)).Should().Throw<ArgumentNullException>();

        var calls = 0;
        var filtered = BoundEnumerable.Where([1, 5, 2, 8], (item, limit) => ++calls > 0 && item > limit, 3);
        calls.Should().Be(0, "nothing is filtered until the result is walked");
        filtered.Should().Equal(5, 8);
        filtered.Should().Equal(5, 8);
        calls.Should().Be(8, "each walk filters afresh");
        BoundEnumerable.Any([1, 5, 2], (item, limit) => ++calls > 0 && item > limit, 3).Should().BeTrue();
        calls.Should().Be(10, "Any stops at the first match");
        BoundEnumerable.All([1, 5, 2], (item, limit) => ++calls > 0 && item < limit, 3).Should().BeFalse();
        calls.Should().Be(12, "All stops at the first miss");
    }

    [Fact]
    public void Where_over_the_empty_set_gives_nothing_and_calls_nothing()
    {
        var calls = 0;

        var filtered = BoundEnumerable.Where(FactSet<int>.None, (item, limit) => ++calls > 0 && item > limit, 3);

        filtered.Should().BeEmpty();
        filtered.Count().Should().Be(0);
        calls.Should().Be(0);
    }
}
