using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Whether two bound expression trees compute the same thing: the same nodes, types, members, methods and constants,
/// with the parameters of each tree's lambdas and blocks read in the same places. Trees compiled apart have parameters
/// of their own, so parameters are matched by where they are declared, never by name or identity.
/// </summary>
/// <remarks>
/// A node of a kind this does not know makes two trees different: a shape it cannot compare is never taken for the
/// same (<see cref="SharedWalk"/> then leaves each expression to compute its own answer).
/// </remarks>
internal sealed class ExpressionShape
{
    private readonly Dictionary<ParameterExpression, ParameterExpression> _pairs = [];

    private ExpressionShape()
    {
    }

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> are the same tree, <paramref name="leftContext"/> read as <paramref name="rightContext"/>.</summary>
    public static bool Same(Expression left, ParameterExpression leftContext, Expression right, ParameterExpression rightContext)
    {
        var shape = new ExpressionShape();
        shape._pairs[leftContext] = rightContext;
        return shape.Equal(left, right);
    }

    private bool Equal(Expression? a, Expression? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.NodeType != b.NodeType || a.Type != b.Type)
        {
            return false;
        }

        return (a, b) switch
        {
            (ParameterExpression x, ParameterExpression y) => _pairs.TryGetValue(x, out var paired) ? paired == y : x == y,
            (ConstantExpression x, ConstantExpression y) => Equals(x.Value, y.Value),
            (MemberExpression x, MemberExpression y) => x.Member == y.Member && Equal(x.Expression, y.Expression),
            (MethodCallExpression x, MethodCallExpression y) => x.Method == y.Method && Equal(x.Object, y.Object) && Equal(x.Arguments, y.Arguments),
            (UnaryExpression x, UnaryExpression y) => x.Method == y.Method && Equal(x.Operand, y.Operand),
            (BinaryExpression x, BinaryExpression y) => x.Method == y.Method && x.IsLiftedToNull == y.IsLiftedToNull
                && Equal(x.Conversion, y.Conversion) && Equal(x.Left, y.Left) && Equal(x.Right, y.Right),
            (ConditionalExpression x, ConditionalExpression y) => Equal(x.Test, y.Test) && Equal(x.IfTrue, y.IfTrue) && Equal(x.IfFalse, y.IfFalse),
            (TypeBinaryExpression x, TypeBinaryExpression y) => x.TypeOperand == y.TypeOperand && Equal(x.Expression, y.Expression),
            (DefaultExpression, DefaultExpression) => true,
            (NewExpression x, NewExpression y) => x.Constructor == y.Constructor && Equal(x.Arguments, y.Arguments),
            (NewArrayExpression x, NewArrayExpression y) => Equal(x.Expressions, y.Expressions),
            (InvocationExpression x, InvocationExpression y) => Equal(x.Expression, y.Expression) && Equal(x.Arguments, y.Arguments),
            (IndexExpression x, IndexExpression y) => x.Indexer == y.Indexer && Equal(x.Object, y.Object) && Equal(x.Arguments, y.Arguments),
            (LambdaExpression x, LambdaExpression y) => Declare(x.Parameters, y.Parameters) && Equal(x.Body, y.Body),
            (BlockExpression x, BlockExpression y) => Declare(x.Variables, y.Variables) && Equal(x.Expressions, y.Expressions),
            _ => false,
        };
    }

    private bool Equal(ReadOnlyCollection<Expression> a, ReadOnlyCollection<Expression> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Equal(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Pairs the parameters two lambdas or blocks declare, in order; false when their number or types differ.</summary>
    private bool Declare(ReadOnlyCollection<ParameterExpression> a, ReadOnlyCollection<ParameterExpression> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            // Each tree declares its own parameters once (the parser and the rewriters make new ones); one declared
            // again, with another partner, is a shape this does not compare.
            if (a[i].Type != b[i].Type || a[i].IsByRef != b[i].IsByRef || !_pairs.TryAdd(a[i], b[i]) && _pairs[a[i]] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
