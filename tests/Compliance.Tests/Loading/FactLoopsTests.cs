using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Snapshots;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Compliance.Tests.Loading.LinqCalls;

namespace Compliance.Tests.Loading;

/// <summary>
/// Any, All, Count and Sum over a set of facts, written as loops in the rule's code, give what LINQ gives over the same set:
/// the same answers, the same steps counted (so the same budget runs out at the same fact), the same exceptions.
/// </summary>
public sealed class FactLoopsTests
{
    private static readonly int[][] s_sets = [[], [4], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0, -1], [7, 7, 7]];

    public static TheoryData<string> Shapes => new() { "Count", "Any", "All", "Sum", "overflow", "nested", "inner where" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Loops_give_what_linq_gives_and_stop_at_the_same_step(string shape)
    {
        var (body, items, others, limit) = Build(shape);
        var plain = Compile(body, items, others, limit);
        var inlined = FactLoops.Inline(body);
        var looped = Compile(inlined, items, others, limit);

        Walks(inlined).Should().Be(shape == "inner where" ? 1 : 0, "a walk is left to LINQ only where a lambda remains in its predicate");
        foreach (var left in s_sets)
        {
            foreach (var right in s_sets)
            {
                foreach (var bound in new[] { -1, 2, 4 })
                {
                    // Every budget from none to more than the walk needs: the loop must count a step for exactly the facts LINQ visits.
                    for (var steps = 0; steps <= left.Length * (right.Length + 1) + 1; steps++)
                    {
                        var expected = Run(plain, left, right, bound, steps);
                        var actual = Run(looped, left, right, bound, steps);
                        actual.Should().Be(expected, "{0} over [{1}] and [{2}], limit {3}, {4} steps", shape, string.Join(",", left), string.Join(",", right), bound, steps);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("Count")]
    [InlineData("nested")]
    public void A_count_that_keeps_gives_linqs_count_and_the_facts_its_filter_gives(string shape)
    {
        var (body, items, others, limit) = Build(shape);
        var count = (MethodCallExpression)body;
        var kept = new List<int>();
        var plain = Compile(body, items, others, limit);
        var keeping = Compile(
            FactLoops.CountKeeping(count.Arguments[0], (LambdaExpression)count.Arguments[1], item => Expression.Call(Expression.Constant(kept), nameof(List<int>.Add), null, item))!,
            items,
            others,
            limit);
        var filter = Expression.Lambda<Func<FactSet<int>, FactSet<int>, int, IEnumerable<int>>>(
            Call("Where", count.Arguments[0], (LambdaExpression)count.Arguments[1]), items, others, limit).Compile();

        var matched = 0;
        foreach (var left in s_sets)
        {
            foreach (var right in s_sets)
            {
                foreach (var bound in new[] { -1, 2, 4 })
                {
                    for (var steps = 0; steps <= left.Length * (right.Length + 1) + 1; steps++)
                    {
                        kept.Clear();
                        var expected = Run(plain, left, right, bound, steps);
                        var actual = Run(keeping, left, right, bound, steps);
                        actual.Should().Be(expected, "{0} over [{1}] and [{2}], limit {3}, {4} steps", shape, string.Join(",", left), string.Join(",", right), bound, steps);
                        if (expected.StartsWith('='))
                        {
                            var context = new EvaluationContext(new LocalDate(2024, 6, 30), new EvaluationBudget(1_000, TimeSpan.FromSeconds(10)));
                            var filtered = filter(FactSet<int>.Of(left, context), FactSet<int>.Of(right, context), bound).ToArray();
                            kept.Should().Equal(filtered, "the facts kept are those the filter gives, in order");
                            matched += filtered.Length;
                        }
                    }
                }
            }
        }

        matched.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_null_set_is_refused_as_linq_refuses_it()
    {
        var (body, items, others, limit) = Build("Count");
        var plain = Compile(body, items, others, limit);
        var looped = Compile(FactLoops.Inline(body), items, others, limit);
        var context = new EvaluationContext(new LocalDate(2024, 6, 30), new EvaluationBudget(100, TimeSpan.FromSeconds(10)));

        var expected = FluentActions.Invoking(() => plain(null!, FactSet<int>.Of([1], context), 0)).Should().Throw<ArgumentNullException>().Which;
        FluentActions.Invoking(() => looped(null!, FactSet<int>.Of([1], context), 0)).Should().Throw<ArgumentNullException>()
            .Which.Message.Should().Be(expected.Message);
    }

    [Fact]
    public void A_walk_the_framework_cannot_compile_as_a_loop_is_left_to_linq_with_the_same_answer()
    {
        // A member of a date computed with a loop in its arguments: the framework's compiler will not set the
        // evaluation stack aside around the loop (NotSupportedException), found by RuleFileFuzzTests. The rule must
        // load all the same, and count as LINQ counts.
        const string text = "asOf.PlusDays(workers.Count(w => w.Form == EmploymentForm.Dispatched)).Day";
        var outcome = new ExpressionCompiler().Compile<object>(text, [ExpressionParameter.AsOf(), ExpressionParameter.Fact("workers")], "value", _ => null);

        outcome.Error.Should().BeNull();
        foreach (var dispatched in new[] { 1, 3, 31 })
        {
            var context = new EvaluationContext(new LocalDate(2024, 6, 30), new EvaluationBudget(1_000, TimeSpan.FromSeconds(10)));
            var workers = Enumerable.Range(0, 40)
                .Select(i => new WorkerFact(new Worker { Id = "W" + i, Form = i < dispatched ? EmploymentForm.Dispatched : EmploymentForm.LaborContract }, "workers[W" + i + "]", context))
                .ToArray();
            context.Roots[FactRoots.IndexOf("workers")] = FactSet<WorkerFact>.Of(workers, context);

            outcome.Function!(context).Should().Be(dispatched, "30 June and that many days are that day of July");
        }
    }

    [Fact]
    public void Walks_over_what_is_not_a_set_of_facts_are_left_to_linq()
    {
        var items = Expression.Parameter(typeof(int[]), "items");
        var x = Expression.Parameter(typeof(int), "x");
        var body = Call("Count", items, Expression.Lambda<Func<int, bool>>(Expression.GreaterThan(x, Expression.Constant(1)), x));

        FactLoops.Inline(body).Should().BeSameAs(body);
    }

    /// <summary>The walk's answer, or the message of what it threw: a budget used up, or another fault.</summary>
    private static string Run(Func<FactSet<int>, FactSet<int>, int, object> compiled, int[] left, int[] right, int bound, int steps)
    {
        var context = new EvaluationContext(new LocalDate(2024, 6, 30), new EvaluationBudget(steps, TimeSpan.FromSeconds(10)));
        try
        {
            return "= " + compiled(FactSet<int>.Of(left, context), FactSet<int>.Of(right, context), bound);
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    private static (Expression Body, ParameterExpression Items, ParameterExpression Others, ParameterExpression Limit) Build(string shape)
    {
        var items = Expression.Parameter(typeof(FactSet<int>), "items");
        var others = Expression.Parameter(typeof(FactSet<int>), "others");
        var limit = Expression.Parameter(typeof(int), "limit");
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        Expression<Func<int, bool>> Over(Expression test) => Expression.Lambda<Func<int, bool>>(test, x);
        var body = shape switch
        {
            "Count" => Call("Count", items, Over(Expression.GreaterThan(x, limit))),
            "Any" => Call("Any", items, Over(Expression.Equal(x, limit))),
            "All" => Call("All", items, Over(Expression.NotEqual(x, limit))),
            "Sum" => Sum(items, Expression.Lambda<Func<int, int>>(Expression.Condition(Expression.GreaterThan(x, limit), Expression.Multiply(x, limit), Expression.Constant(0)), x)),

            // items.Sum(x => x * (int.MaxValue / 4)): overflows on the fifth; LINQ's sum is checked, and so is the loop's.
            "overflow" => Sum(items, Expression.Lambda<Func<int, int>>(Expression.Multiply(x, Expression.Constant(int.MaxValue / 4)), x)),

            // items.Count(x => others.Any(y => y > x + limit) || x == limit): the inner walk is written first, then the outer.
            "nested" => Call("Count", items, Over(Expression.OrElse(
                Call("Any", others, Expression.Lambda<Func<int, bool>>(Expression.GreaterThan(y, Expression.Add(x, limit)), y)),
                Expression.Equal(x, limit)))),

            // items.Any(x => others.Where(y => y < x).Count() > limit): a lambda stays inside, so the outer walk stays LINQ's.
            _ => Call("Any", items, Over(Expression.GreaterThan(
                Expression.Call(
                    typeof(Enumerable).GetMethods().Single(m => m.Name == "Count" && m.GetParameters().Length == 1).MakeGenericMethod(typeof(int)),
                    Call("Where", others, Expression.Lambda<Func<int, bool>>(Expression.LessThan(y, x), y))),
                limit))),
        };

        return (body, items, others, limit);
    }

    private static Func<FactSet<int>, FactSet<int>, int, object> Compile(Expression body, ParameterExpression items, ParameterExpression others, ParameterExpression limit) =>
        Expression.Lambda<Func<FactSet<int>, FactSet<int>, int, object>>(Expression.Convert(body, typeof(object)), items, others, limit).Compile();

    private static MethodCallExpression Sum(Expression source, Expression<Func<int, int>> selector) =>
        Expression.Call(
            typeof(Enumerable).GetMethods()
                .Single(m => m.Name == "Sum" && m.IsGenericMethod && m.GetParameters() is [_, var select] && select.ParameterType.GetGenericArguments()[1] == typeof(int))
                .MakeGenericMethod(typeof(int)),
            source,
            selector);

    /// <summary>How many calls of LINQ's Any, All, Count and Sum with a predicate or selector remain.</summary>
    private static int Walks(Expression tree)
    {
        var found = new List<string>();
        new Finder(found).Visit(tree);
        return found.Count;
    }

    private sealed class Finder(List<string> found) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(Enumerable) && node.Method.Name is "Any" or "All" or "Count" or "Sum" && node.Arguments.Count == 2)
            {
                found.Add(node.Method.Name);
            }

            return base.VisitMethodCall(node);
        }
    }
}
