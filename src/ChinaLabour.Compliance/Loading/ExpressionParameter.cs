using System;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// A name an expression may read and where its value comes from in the <see cref="EvaluationContext"/>: the as-of
/// date, a fact, or a named value. The parser sees a parameter of <see cref="Type"/>; the compiled code reads
/// <see cref="Access"/>.
/// </summary>
/// <param name="Name">The name, e.g. <c>workers</c> or <c>ratio</c>.</param>
/// <param name="Type">The type the expression reads.</param>
/// <param name="Access">Reads the value from the context parameter.</param>
internal sealed record ExpressionParameter(string Name, Type Type, Func<ParameterExpression, Expression> Access)
{
    /// <summary>The as-of date, <c>context.AsOf</c>.</summary>
    public static ExpressionParameter AsOf() =>
        new(FactRoots.AsOf, FactRoots.AsOfType, context => Expression.Property(context, nameof(EvaluationContext.AsOf))) { MovesWithAsOf = true };

    /// <summary>The rule's first day in force, a constant: the floor for the events a rule judges.</summary>
    public static ExpressionParameter InForce(NodaTime.LocalDate from) =>
        new(InForceName, typeof(NodaTime.LocalDate), _ => Expression.Constant(from));

    /// <summary>
    /// Whether the parameter's value moves with the as-of date: asOf itself, and a named value computed from it.
    /// Comparisons that read it are watched for the day they turn (<see cref="AsOfWatch"/>).
    /// </summary>
    public bool MovesWithAsOf { get; init; }

    /// <summary>The name expressions read the rule's first day in force by.</summary>
    public const string InForceName = "inForce";

    /// <summary>A fact, <c>(T)context.Roots[i]</c>.</summary>
    public static ExpressionParameter Fact(string name) =>
        new(name, FactRoots.Types[name], context => Slot(context, nameof(EvaluationContext.Roots), FactRoots.IndexOf(name), FactRoots.Types[name]));

    /// <summary>A named value, <c>(T)context.Values[i]</c>.</summary>
    public static ExpressionParameter Value(string name, Type type, int index) =>
        new(name, type, context => Slot(context, nameof(EvaluationContext.Values), index, type));

    private static Expression Slot(ParameterExpression context, string array, int index, Type type) =>
        Expression.Convert(Expression.ArrayIndex(Expression.Property(context, array), Expression.Constant(index)), type);
}
