using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Loading;
using FluentAssertions;
using Xunit;
using static Compliance.Tests.Loading.LinqCalls;

namespace Compliance.Tests.Loading;

/// <summary>Nested lambdas are compiled once at load and bound where they are reached; what they compute is unchanged.</summary>
public sealed class ClosureLifterTests
{
    [Fact]
    public void Lambdas_capturing_outer_parameters_give_the_same_results_and_leave_no_lambda_to_compile_per_call()
    {
        // items.Count(x => others.Any(y => y > x + limit)): the inner lambda reads x and limit from outside.
        var items = Expression.Parameter(typeof(int[]), "items");
        var others = Expression.Parameter(typeof(int[]), "others");
        var limit = Expression.Parameter(typeof(int), "limit");
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        var inner = Expression.Lambda<Func<int, bool>>(Expression.GreaterThan(y, Expression.Add(x, limit)), y);
        var outer = Expression.Lambda<Func<int, bool>>(Call("Any", others, inner), x);
        var body = Call("Count", items, outer);

        var plain = Expression.Lambda<Func<int[], int[], int, int>>(body, items, others, limit).Compile();
        var lifted = ClosureLifter.Lift(body);
        var compiled = Expression.Lambda<Func<int[], int[], int, int>>(lifted, items, others, limit).Compile();

        Lambdas(lifted).Should().BeEmpty();
        foreach (var bound in new[] { 0, 1, 3, 10 })
        {
            compiled([1, 2, 3, 4], [2, 5, 7], bound).Should().Be(plain([1, 2, 3, 4], [2, 5, 7], bound));
        }
    }

    [Fact]
    public void Lambdas_with_two_arguments_and_without_captures_are_lifted_too()
    {
        var items = Expression.Parameter(typeof(int[]), "items");
        var item = Expression.Parameter(typeof(int), "item");
        var index = Expression.Parameter(typeof(int), "index");
        var select = typeof(Enumerable).GetMethods().Single(m => m.Name == "Select" && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 3)
            .MakeGenericMethod(typeof(int), typeof(int));
        var body = Expression.Call(
            typeof(Enumerable).GetMethod(nameof(Enumerable.Sum), [typeof(IEnumerable<int>)])!,
            Expression.Call(select, items, Expression.Lambda<Func<int, int, int>>(Expression.Multiply(item, index), item, index)));

        var lifted = ClosureLifter.Lift(body);

        Lambdas(lifted).Should().BeEmpty();
        Expression.Lambda<Func<int[], int>>(lifted, items).Compile()([5, 6, 7]).Should().Be(0 + 6 + 14);
    }

    [Fact]
    public void Predicates_of_any_all_count_and_where_are_passed_with_their_outside_values_and_give_what_linq_gives()
    {
        // items.Where(x => others.All(y => y != x + limit)).Count(x => others.Any(y => y > x - limit)): four predicates reading outside values.
        var items = Expression.Parameter(typeof(int[]), "items");
        var others = Expression.Parameter(typeof(int[]), "others");
        var limit = Expression.Parameter(typeof(int), "limit");
        var x = Expression.Parameter(typeof(int), "x");
        var y = Expression.Parameter(typeof(int), "y");
        var none = Expression.Lambda<Func<int, bool>>(Call("All", others, Expression.Lambda<Func<int, bool>>(Expression.NotEqual(y, Expression.Add(x, limit)), y)), x);
        var some = Expression.Lambda<Func<int, bool>>(Call("Any", others, Expression.Lambda<Func<int, bool>>(Expression.GreaterThan(y, Expression.Subtract(x, limit)), y)), x);
        var body = Call("Count", Call("Where", items, none), some);

        var plain = Expression.Lambda<Func<int[], int[], int, int>>(body, items, others, limit).Compile();
        var lifted = ClosureLifter.Lift(body);
        var compiled = Expression.Lambda<Func<int[], int[], int, int>>(lifted, items, others, limit).Compile();

        // The inner All and Any are inside the compiled predicates, out of the tree's sight; their results are checked below.
        Calls(lifted).Where(m => m.DeclaringType == typeof(BoundEnumerable)).Select(m => m.Name).Should().BeEquivalentTo(["Count", "Where"]);
        Calls(lifted).Should().NotContain(m => m.DeclaringType == typeof(BoundLambda) || m.DeclaringType == typeof(Enumerable));
        foreach (var (left, right) in new[] { (Array.Empty<int>(), new[] { 1 }), ([1, 2, 3, 4, 5], []), ([1, 2, 3, 4, 5], [2, 5, 7]), ([-3, 0, 9], [0, 0, 9]) })
        {
            foreach (var bound in new[] { -2, 0, 1, 3 })
            {
                compiled(left, right, bound).Should().Be(plain(left, right, bound), "items [{0}], others [{1}], limit {2}", string.Join(",", left), string.Join(",", right), bound);
            }
        }
    }

    private static List<System.Reflection.MethodInfo> Calls(Expression tree)
    {
        var found = new List<System.Reflection.MethodInfo>();
        new CallFinder(found).Visit(tree);
        return found;
    }

    private static List<LambdaExpression> Lambdas(Expression tree)
    {
        var found = new List<LambdaExpression>();
        new Finder(found).Visit(tree);
        return found;
    }

    private sealed class CallFinder(List<System.Reflection.MethodInfo> found) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            found.Add(node.Method.IsGenericMethod ? node.Method.GetGenericMethodDefinition() : node.Method);
            return base.VisitMethodCall(node);
        }
    }

    private sealed class Finder(List<LambdaExpression> found) : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            found.Add(node);
            return base.VisitLambda(node);
        }
    }
}
