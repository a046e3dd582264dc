using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Turns a parsed and checked expression into the tree that is compiled, so that what runs is what the guard saw:
/// the parameters an expression reads become their places in the evaluation context; whole-number arithmetic is
/// checked, so an overflow is the rule's error rather than a wrapped, wrong number; and texts are ordered ordinally,
/// so that no rule's answer follows the machine's culture.
/// </summary>
internal sealed class ParameterBinder(IReadOnlyDictionary<ParameterExpression, Expression> bindings) : ExpressionVisitor
{
    private static readonly HashSet<string> s_orderings = ["OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending"];

    protected override Expression VisitParameter(ParameterExpression node) =>
        bindings.TryGetValue(node, out var bound) ? bound : node;

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var visited = (BinaryExpression)base.VisitBinary(node);
        if (visited.Method is not null || !IsWhole(visited.Type))
        {
            return visited;
        }

        return visited.NodeType switch
        {
            ExpressionType.Add => Expression.AddChecked(visited.Left, visited.Right),
            ExpressionType.Subtract => Expression.SubtractChecked(visited.Left, visited.Right),
            ExpressionType.Multiply => Expression.MultiplyChecked(visited.Left, visited.Right),
            _ => visited,
        };
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var visited = (UnaryExpression)base.VisitUnary(node);
        return visited.NodeType switch
        {
            ExpressionType.Negate when visited.Method is null && IsWhole(visited.Type) => Expression.NegateChecked(visited.Operand),
            ExpressionType.Convert when visited.Method is null && IsWhole(visited.Type) && IsNumber(visited.Operand.Type) => Expression.ConvertChecked(visited.Operand, visited.Type),
            _ => visited,
        };
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        var method = visited.Method;
        if (method.DeclaringType != typeof(Enumerable) || !method.IsGenericMethod)
        {
            return visited;
        }

        var arguments = method.GetGenericArguments();
        if (s_orderings.Contains(method.Name) && arguments.Length == 2 && arguments[1] == typeof(string) && visited.Arguments.Count == 2)
        {
            var withComparer = typeof(Enumerable).GetMethods()
                .Single(m => m.Name == method.Name && m.GetParameters().Length == 3)
                .MakeGenericMethod(arguments);
            return Expression.Call(withComparer, visited.Arguments[0], visited.Arguments[1], Expression.Constant(StringComparer.Ordinal, typeof(IComparer<string>)));
        }

        if (method.Name is "Min" or "Max" && method.ReturnType == typeof(string))
        {
            var ordinal = typeof(Ordinal).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == method.Name && m.GetParameters().Length == visited.Arguments.Count && m.IsGenericMethod == (visited.Arguments.Count == 2));
            return Expression.Call(ordinal.IsGenericMethod ? ordinal.MakeGenericMethod(arguments[0]) : ordinal, visited.Arguments);
        }

        return visited;
    }

    private static bool IsWhole(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long));

    private static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double));
}
