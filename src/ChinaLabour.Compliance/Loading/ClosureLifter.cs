using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Compiles every nested lambda of a checked, bound tree once, when the catalogue loads, and puts in its place a call
/// that binds the compiled code to the values it reads from outside (<see cref="BoundLambda"/>). The framework's
/// compiler otherwise builds a nested lambda that captures anything (<c>w</c> in
/// <c>roster.Count(w => w.Overtime.Any(o => o.Month &gt;= w.Start))</c>, or the evaluation context) through
/// <c>DynamicMethod.CreateDelegate</c> each time it is reached, once per worker per rule: profiled, that was about
/// 60% of a whole-catalogue check. What runs is the same tree the guard saw, in the same order; only where its
/// delegates come from changes.
/// </summary>
/// <remarks>
/// A lambda is lifted when it is a <c>Func</c> of one or two arguments reading at most seven outside values;
/// another is left as it was, and still runs correctly. Outside values are read when the lambda is reached, as
/// before: the bound trees never assign a parameter, so a copy and the variable cannot differ.
/// </remarks>
internal sealed class ClosureLifter : CodeRewriter
{
    private const int MaxCaptured = 7;

    private static readonly Type[] s_tuples =
    [
        typeof(ValueTuple<,>), typeof(ValueTuple<,,>), typeof(ValueTuple<,,,>), typeof(ValueTuple<,,,,>), typeof(ValueTuple<,,,,,>), typeof(ValueTuple<,,,,,,>),
    ];

    private ClosureLifter()
    {
    }

    /// <summary>Lifts every nested lambda of <paramref name="body"/>, innermost first.</summary>
    /// <param name="body">The body of the rule expression's lambda, bound to the evaluation context.</param>
    /// <returns>The body with its lambdas compiled.</returns>
    public static Expression Lift(Expression body) => new ClosureLifter().Visit(body);

    /// <summary>
    /// A predicate lifted and bound as the argument of <c>Any</c>, <c>All</c>, <c>Count</c> or <c>Where</c> is passed
    /// with its outside values to <see cref="BoundEnumerable"/>'s method instead: the same walk, without binding a
    /// delegate for each record the outer lambda visits.
    /// </summary>
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = base.VisitMethodCall(node);
        if (visited is not MethodCallExpression { Object: null, Arguments: [var source, MethodCallExpression bind] } call
            || call.Method.DeclaringType != typeof(Enumerable) || !BoundEnumerable.Names.Contains(call.Method.Name)
            || bind.Method.DeclaringType != typeof(BoundLambda) || bind.Method.GetGenericArguments() is not [var item, var state, var result]
            || result != typeof(bool))
        {
            return visited;
        }

        var method = typeof(BoundEnumerable).GetMethod(call.Method.Name)!.MakeGenericMethod(item, state);
        return Expression.Call(method, source, bind.Arguments[0], bind.Arguments[1]);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        var body = Visit(node.Body);
        var lambda = body == node.Body ? node : Expression.Lambda<T>(body, node.Name, node.TailCall, node.Parameters);
        var type = typeof(T);
        if (!type.IsGenericType || node.Parameters.Count is not (1 or 2)
            || type.GetGenericTypeDefinition() != (node.Parameters.Count == 1 ? typeof(Func<,>) : typeof(Func<,,>)))
        {
            return lambda;
        }

        var captured = FreeVariables.Of(lambda);
        if (captured.Count == 0)
        {
            return Expression.Constant(lambda.Compile(), type);
        }

        if (captured.Count > MaxCaptured)
        {
            return lambda;
        }

        var stateType = captured.Count == 1 ? captured[0].Type : s_tuples[captured.Count - 2].MakeGenericType(captured.Select(c => c.Type).ToArray());
        var state = Expression.Parameter(stateType, "captured");
        var reads = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < captured.Count; i++)
        {
            reads[captured[i]] = captured.Count == 1 ? state : Expression.Field(state, "Item" + (i + 1));
        }

        var openBody = new Substitution(reads).Visit(lambda.Body);
        var openParameters = lambda.Parameters.Append(state).ToArray();
        var open = Expression.Lambda(Expression.GetFuncType([.. openParameters.Select(p => p.Type), lambda.ReturnType]), openBody, openParameters).Compile();
        var arguments = type.GetGenericArguments();
        var bind = typeof(BoundLambda).GetMethods()
            .Single(m => m.Name == nameof(BoundLambda.Bind) && m.GetGenericArguments().Length == arguments.Length + 1)
            .MakeGenericMethod([.. arguments[..^1], stateType, arguments[^1]]);
        Expression stateValue = captured.Count == 1 ? captured[0] : Expression.New(stateType.GetConstructors().Single(), captured);
        return Expression.Call(bind, Expression.Constant(open, open.GetType()), stateValue);
    }

    /// <summary>The parameters and variables a lambda reads that it does not declare, in the order first read.</summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _found = [];
        private readonly HashSet<ParameterExpression> _declared = [];

        public static IReadOnlyList<ParameterExpression> Of(LambdaExpression lambda)
        {
            var finder = new FreeVariables();
            finder.Visit(lambda);
            return finder._found;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            if (node.Variable is { } variable)
            {
                _declared.Add(variable);
            }

            return base.VisitCatchBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_declared.Contains(node) && !_found.Contains(node))
            {
                _found.Add(node);
            }

            return node;
        }
    }

    /// <summary>Replaces the captured values with their places in the state.</summary>
    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> reads) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => reads.TryGetValue(node, out var read) ? read : node;
    }
}
