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
}
