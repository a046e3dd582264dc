using System.Collections.Generic;
using System.Linq.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Finds which of an expression's outer parameters it reads.</summary>
internal sealed class ParameterUsage : ExpressionVisitor
{
    private readonly HashSet<string> _names = new(System.StringComparer.Ordinal);

    public static IReadOnlySet<string> Of(Expression expression)
    {
        var usage = new ParameterUsage();
        usage.Visit(expression);
        return usage._names;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (node.Name is { } name)
        {
            _names.Add(name);
        }

        return node;
    }
}
