using System;
using ChinaLabour.Compliance.Expressions;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Expressions;

public sealed class FactOrderTests
{
    [Fact]
    public void Facts_out_of_order_and_repeated_come_out_once_each_in_ordinal_order()
    {
        string[] facts = ["workers[W2].start", "enterprise.regionCode", "workers[W10].start", "workers[W2].start", "workers[张三].start", "enterprise.industryCode"];

        // Ordinal: "1" (U+0031) before "2", so W10 before W2; 张 (U+5F20) after every ASCII letter.
        FactOrder.Settled(facts).Should().Equal(
            "enterprise.industryCode", "enterprise.regionCode", "workers[W10].start", "workers[W2].start", "workers[张三].start");
    }

    [Fact]
    public void Facts_already_settled_are_the_same_array()
    {
        string[] facts = ["a.x", "a.y", "b.x"];

        FactOrder.Settled(facts).Should().BeSameAs(facts).And.Equal("a.x", "a.y", "b.x");
    }

    [Fact]
    public void Repeats_in_order_are_dropped_without_a_sort()
    {
        var facts = new[] { "a", "a", "b", "b", "b", "c" }.AsSpan();

        var count = FactOrder.Settle(facts);

        count.Should().Be(3);
        facts[..count].ToArray().Should().Equal("a", "b", "c");
    }

    [Fact]
    public void None_and_one_are_settled_as_they_are()
    {
        FactOrder.Settle([]).Should().Be(0);
        FactOrder.Settled(["only"]).Should().Equal("only");
    }
}
