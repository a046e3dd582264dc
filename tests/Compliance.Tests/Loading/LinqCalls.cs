using System;
using System.Linq;
using System.Linq.Expressions;

namespace Compliance.Tests.Loading;

/// <summary>Calls of <see cref="Enumerable"/>'s methods over whole numbers, as the parser writes them into a rule's tree.</summary>
internal static class LinqCalls
{
    /// <summary><c>source.name(lambda)</c>, for a method taking a predicate of one argument (Any, All, Count, Where).</summary>
    public static MethodCallExpression Call(string name, Expression source, LambdaExpression lambda) =>
        Expression.Call(
            typeof(Enumerable).GetMethods()
                .Single(m => m.Name == name && m.GetParameters() is [_, var predicate] && predicate.ParameterType.GetGenericTypeDefinition() == typeof(Func<,>))
                .MakeGenericMethod(typeof(int)),
            source,
            lambda);
}
