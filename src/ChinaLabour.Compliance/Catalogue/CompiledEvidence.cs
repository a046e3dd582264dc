using System;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A rule's compiled evidence expression, with the facts it reads.</summary>
/// <param name="Select">Selects the records that break the rule; null when the rule names none.</param>
/// <param name="Reads">The facts the expression reads, by place; evidence is shown only when all are present.</param>
internal sealed record CompiledEvidence(Func<EvaluationContext, object>? Select, FactNeeds Reads)
{
    /// <summary>
    /// The named value whose count keeps the evidence's records, when the two walk the same set with the same
    /// predicate (<c>SharedWalk</c>): <see cref="Select"/> then reads what the count kept. Null when the evidence walks
    /// the records itself.
    /// </summary>
    public string? Count { get; init; }
}
