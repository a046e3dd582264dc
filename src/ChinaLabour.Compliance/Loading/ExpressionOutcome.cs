using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>The result of compiling one expression: a delegate and its type, or why there is none.</summary>
internal sealed record ExpressionOutcome<T>(
    Func<EvaluationContext, T>? Function, Type? Type, IReadOnlySet<string> Reads, string? Code, string? Error, int? Offset)
{
    public static ExpressionOutcome<T> Ok(Func<EvaluationContext, T> function, Type type, IReadOnlySet<string> reads) =>
        new(function, type, reads, null, null, null);

    public static ExpressionOutcome<T> Fail(string code, string error, int? offset) =>
        new(null, null, new HashSet<string>(), code, error, offset);

    /// <summary>The checked tree as it was bound to the context, before its walks were written as loops; null on failure.</summary>
    public Expression? Bound { get; init; }

    /// <summary>The context parameter <see cref="Bound"/> reads.</summary>
    public ParameterExpression? Context { get; init; }
}
