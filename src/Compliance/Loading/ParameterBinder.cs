using System.Collections.Generic;
using System.Linq.Expressions;

namespace Compliance.Loading;

/// <summary>
/// Replaces the parameters a parsed expression reads with their places in the evaluation context, so that the tree
/// compiled is the tree the guard checked, with nothing re-parsed.
/// </summary>
internal sealed class ParameterBinder(IReadOnlyDictionary<ParameterExpression, Expression> bindings) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) =>
        bindings.TryGetValue(node, out var bound) ? bound : node;
}
