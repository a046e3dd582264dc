using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>
/// A day on which a rule's outcome turns if nothing else changes, or on which the records in breach change while it
/// stays violated, with what brings it about.
/// </summary>
/// <param name="On">The first day of the new outcome.</param>
/// <param name="Rule">The rule.</param>
/// <param name="Before">The outcome the day before.</param>
/// <param name="Result">The rule's result from <paramref name="On"/>.</param>
/// <param name="Causes">What changes that day: dates on record, the rule coming into or going out of force, records entering or leaving the breach.</param>
public sealed record ForecastChange(LocalDate On, Rule Rule, Outcome Before, RuleResult Result, IReadOnlyList<BilingualText> Causes)
{
    /// <summary>The outcome from <see cref="On"/>.</summary>
    public Outcome After => Result.Outcome;
}
