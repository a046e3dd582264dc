using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Lets a rule's evidence be the records its count counted, when the two walk the same set with the same predicate:
/// <c>untrained: roster.Count(w => …)</c> and <c>evidence: roster.Where(w => …)</c>, as most bundled rules with evidence
/// write them (72 of 82 when this was written). The count is compiled as a walk that keeps each record it counts
/// (<see cref="FactLoops.CountKeeping"/>), and the evidence reads what it kept (<see cref="EvaluationContext.Kept"/>)
/// rather than testing every record again. In a profile of the 48-rule check, the evidence was a seventh of the time,
/// most of it the second test of each record.
/// </summary>
/// <remarks>
/// The evidence is the same: the same records in the same order, for the count tests the records the filter would, in
/// the same order, with the same named values before it (<see cref="ExpressionShape"/>; a filter that reads a value
/// computed after the count cannot be the count's shape, for the count cannot read it). A filter of another shape, or
/// a count that cannot be written as a loop, is left as it was: the evidence then walks the set again.
/// </remarks>
internal static class SharedWalk
{
    private static readonly Func<EvaluationContext, object> s_kept = static context => context.Kept;

    /// <summary>The value whose count can give the evidence, compiled to keep what it counts, and the evidence that reads it; null when none can.</summary>
    /// <param name="values">The rule's compiled values, in order.</param>
    /// <param name="evidence">The rule's compiled evidence.</param>
    public static (int Index, Func<EvaluationContext, object> Count, Func<EvaluationContext, object> Evidence)? Find(
        IReadOnlyList<ExpressionOutcome<object>> values, ExpressionOutcome<object> evidence)
    {
        if (Walk(evidence, nameof(Enumerable.Where)) is not { } filter)
        {
            return null;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (Walk(value, nameof(Enumerable.Count)) is not { } count
                || !ExpressionShape.Same(count.Arguments[0], value.Context!, filter.Arguments[0], evidence.Context!)
                || !ExpressionShape.Same(count.Arguments[1], value.Context!, filter.Arguments[1], evidence.Context!))
            {
                continue;
            }

            var context = value.Context!;
            var keeping = FactLoops.CountKeeping(
                count.Arguments[0],
                (LambdaExpression)count.Arguments[1],
                item => Expression.Call(context, nameof(EvaluationContext.Keep), null, Expression.Convert(item, typeof(IFactRecord))));
            if (keeping is not null && ExpressionCompiler.Finish<object>(keeping, context) is { } compute)
            {
                return (i, compute, s_kept);
            }
        }

        return null;
    }

    /// <summary>The expression as <c>set.Method(x => …)</c> over a set of facts, or null.</summary>
    private static MethodCallExpression? Walk(ExpressionOutcome<object> outcome, string method) =>
        outcome.Bound is MethodCallExpression { Object: null, Arguments: [var source, LambdaExpression { Parameters: [_] }] } call
        && call.Method.DeclaringType == typeof(Enumerable) && call.Method.Name == method
        && source.Type.IsGenericType && source.Type.GetGenericTypeDefinition() == typeof(FactSet<>)
        && typeof(IFactRecord).IsAssignableFrom(source.Type.GetGenericArguments()[0])
            ? call
            : null;
}
