using System.Linq.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// A rewriter of a checked rule expression's code (<see cref="FactLoops"/>, <see cref="ClosureLifter"/>): a quoted
/// lambda is data for a query provider, not code, and is left as it is.
/// </summary>
internal abstract class CodeRewriter : ExpressionVisitor
{
    protected override Expression VisitUnary(UnaryExpression node) =>
        node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);
}
