using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;
using NodaTime;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Makes every place where an expression's answer can follow the as-of date tell the evaluation the next day it may
/// turn, so that a period is decided on the days something changes rather than on every day: a comparison of dates
/// one side of which moves with the as-of date notes both (<see cref="EvaluationContext.NoteDates"/>); a moving
/// date that leaves the dates (its year, a count of days) notes the next day (<see cref="EvaluationContext.NoteDaily"/>).
/// The fact views' own methods (<c>w.PassedSafetyTrainingBy(asOf)</c>) compare the as-of date only with dates on
/// record, which are change points already, and are left as they are.
/// </summary>
internal sealed class AsOfWatch(IReadOnlySet<ParameterExpression> moving, ParameterExpression context) : ExpressionVisitor
{
    private static readonly HashSet<ExpressionType> s_comparisons =
    [
        ExpressionType.Equal, ExpressionType.NotEqual, ExpressionType.LessThan, ExpressionType.LessThanOrEqual,
        ExpressionType.GreaterThan, ExpressionType.GreaterThanOrEqual,
    ];

    /// <summary>The tree with every turn it can take noted; the tree itself when nothing in it moves.</summary>
    /// <param name="tree">A parsed and checked expression.</param>
    /// <param name="moving">The parameters that move with the as-of date: asOf and the values computed from it.</param>
    /// <param name="context">The evaluation context the compiled expression is given.</param>
    public static Expression Watch(Expression tree, IReadOnlySet<ParameterExpression> moving, ParameterExpression context) =>
        moving.Count == 0 ? tree : new AsOfWatch(moving, context).Visit(tree);

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var visited = (BinaryExpression)base.VisitBinary(node);
        if (!s_comparisons.Contains(visited.NodeType) || !IsDate(visited.Left.Type) || !IsDate(visited.Right.Type))
        {
            return visited;
        }

        var leftMoves = Moves(node.Left);
        var rightMoves = Moves(node.Right);
        if (!leftMoves && !rightMoves)
        {
            return visited;
        }

        // Each side is computed once, noted, then compared as the expression wrote it. Noted only when the evaluation
        // watches turns (a period, a forecast): a check would make the call, with both sides made nullable, only for
        // it to return at once, at every comparison of every record.
        var left = Expression.Variable(visited.Left.Type, "left");
        var right = Expression.Variable(visited.Right.Type, "right");
        return Expression.Block(
            [left, right],
            Expression.Assign(left, visited.Left),
            Expression.Assign(right, visited.Right),
            Noted(Expression.Call(
                context,
                nameof(EvaluationContext.NoteDates),
                null,
                Expression.Convert(left, typeof(LocalDate?)),
                Expression.Convert(right, typeof(LocalDate?)),
                Expression.Constant(leftMoves),
                Expression.Constant(rightMoves))),
            Expression.MakeBinary(visited.NodeType, left, right, visited.IsLiftedToNull, visited.Method));
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var visited = base.VisitMember(node);
        return node.Expression is { } target && IsDate(target.Type) && !IsDate(node.Type) && Moves(target) ? Daily(visited) : visited;
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = base.VisitMethodCall(node);
        var method = node.Method;

        // Date arithmetic keeps a moving date a date, watched where it is compared; the views' methods compare with dates on record.
        var stillDate = IsDate(node.Type);
        var view = method.DeclaringType is { } type && type.Namespace == typeof(EvaluationContext).Namespace && type != typeof(Fn);
        var leaves = !stillDate && !view && node.Arguments.Append(node.Object).Any(a => a is not null && IsDate(a.Type) && Moves(a));
        return leaves ? Daily(visited) : visited;
    }

    private Expression Daily(Expression value) =>
        Expression.Block(Noted(Expression.Call(context, nameof(EvaluationContext.NoteDaily), null)), value);

    /// <summary><paramref name="note"/>, made only when the evaluation watches turns.</summary>
    private Expression Noted(Expression note) =>
        Expression.IfThen(Expression.Property(context, nameof(EvaluationContext.WatchesTurns)), note);

    private bool Moves(Expression expression) => new Finder(moving).Finds(expression);

    private static bool IsDate(System.Type type) => type == typeof(LocalDate) || type == typeof(LocalDate?);

    private sealed class Finder(IReadOnlySet<ParameterExpression> moving) : ExpressionVisitor
    {
        private bool _found;

        public bool Finds(Expression expression)
        {
            Visit(expression);
            return _found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= moving.Contains(node);
            return node;
        }
    }
}
