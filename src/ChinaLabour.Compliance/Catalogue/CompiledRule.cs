using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>
/// A rule with every expression compiled to a delegate over the <see cref="EvaluationContext"/>, which holds the
/// as-of date, the facts and the rule's named values.
/// </summary>
/// <param name="Definition">The rule as written.</param>
/// <param name="Needs">The facts under <c>needs</c>, by place.</param>
/// <param name="Values">The named values, in order.</param>
/// <param name="Unless">The exemption, if any.</param>
/// <param name="Check">True when the employer complies.</param>
/// <param name="Evidence">The records that break the rule.</param>
/// <param name="Violated">What a violation says.</param>
/// <param name="Compliant">What compliance says.</param>
/// <param name="Remedy">What it takes to comply.</param>
internal sealed record CompiledRule(
    Rule Definition,
    FactNeeds Needs,
    IReadOnlyList<CompiledValue> Values,
    CompiledCondition? Unless,
    Func<EvaluationContext, bool> Check,
    CompiledEvidence Evidence,
    BilingualTemplate Violated,
    BilingualTemplate Compliant,
    BilingualTemplate? Remedy)
{
    /// <summary>The condition under which the rule applies outside its industries, if any.</summary>
    public CompiledCondition? AlsoWhen { get; init; }

    /// <summary>The names of <see cref="Values"/>, in order: shared by the values of every result of the rule.</summary>
    public string[] ValueNames { get; } = [.. Values.Select(v => v.Name)];
}
