using System.Collections.Generic;
using NodaTime;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>Which employers a rule binds, and when.</summary>
/// <param name="Regions">GB/T 2260 region-code prefixes; empty means everywhere.</param>
/// <param name="Industries">GB/T 4754-2017 industry-code prefixes; empty means every industry.</param>
/// <param name="From">First day the rule is in force.</param>
/// <param name="To">Last day the rule is in force; <see langword="null"/> while it stays in force.</param>
/// <param name="Unless">A condition under which the rule does not apply, with its reason.</param>
public sealed record Applicability(
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Industries,
    LocalDate From,
    LocalDate? To,
    Exemption? Unless)
{
    /// <summary>
    /// A condition, as a rule expression, under which the rule applies to an employer outside
    /// <see cref="Industries"/>: the records show the activity the clause names (a coal mine on record, whatever the
    /// employer's industry code).
    /// </summary>
    public string? AlsoWhen { get; init; }
}
