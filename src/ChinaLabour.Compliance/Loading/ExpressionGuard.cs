using System.Collections.Generic;
using System.Linq.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Walks a parsed rule expression and names everything in it that is not on the <see cref="AllowList"/>:
/// node kinds, types, methods and members, nested lambdas included. Runs before anything is compiled.
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    public const int MaxLambdaDepth = 3;

    private readonly List<string> _violations = [];
    private int _depth;
    private bool _tooDeep;

    private ExpressionGuard()
    {
    }

    /// <summary>Checks <paramref name="expression"/>; returns what it may not reach, or nothing.</summary>
    public static (IReadOnlyList<string> Forbidden, bool TooDeep) Check(Expression expression)
    {
        var guard = new ExpressionGuard();
        guard.Visit(expression);
        return (guard._violations, guard._tooDeep);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        // The parser types the null literal as object (p.Until != null); a null reaches nothing, whatever its type.
        if (node is ConstantExpression { Value: null })
        {
            return node;
        }

        if (!IsAllowedNode(node.NodeType))
        {
            Refuse($"the construct '{node.NodeType}'");
        }

        if (node.NodeType != ExpressionType.Lambda && !AllowList.IsAllowedType(node.Type))
        {
            Refuse($"the type '{Describe(node.Type)}'");
        }

        return base.Visit(node);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _depth++;
        if (_depth > MaxLambdaDepth)
        {
            _tooDeep = true;
        }

        foreach (var parameter in node.Parameters)
        {
            if (!AllowList.IsAllowedType(parameter.Type))
            {
                Refuse($"the type '{Describe(parameter.Type)}'");
            }
        }

        Visit(node.Body);
        _depth--;
        return node;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (!AllowList.IsAllowedMethod(node.Method))
        {
            Refuse($"the method '{Describe(node.Method.DeclaringType)}.{node.Method.Name}'");
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (!AllowList.IsAllowedMember(node.Member))
        {
            Refuse($"the member '{Describe(node.Member.DeclaringType)}.{node.Member.Name}'");
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is { } method && !AllowList.IsAllowedMethod(method))
        {
            Refuse($"the operator '{Describe(method.DeclaringType)}.{method.Name}'");
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.Method is { } method && !AllowList.IsAllowedMethod(method))
        {
            Refuse($"the operator '{Describe(method.DeclaringType)}.{method.Name}'");
        }

        return base.VisitUnary(node);
    }

    private static bool IsAllowedNode(ExpressionType type) => type switch
    {
        ExpressionType.Lambda or ExpressionType.Parameter or ExpressionType.Constant or ExpressionType.MemberAccess
            or ExpressionType.Call or ExpressionType.Conditional or ExpressionType.Coalesce
            or ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.Not or ExpressionType.Negate
            or ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
            or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo
            or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
            or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
            or ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.And or ExpressionType.Or => true,
        _ => false,
    };

    private static string Describe(System.Type? type) => type switch
    {
        null => "?",
        _ when type.Name.Contains("AnonymousType", System.StringComparison.Ordinal) => "an anonymous type",
        { IsGenericType: true } => type.Name.Split('`')[0] + "<…>",
        _ => type.Name,
    };

    private void Refuse(string what)
    {
        if (!_violations.Contains(what))
        {
            _violations.Add(what);
        }
    }
}
