using ChinaLabour.Compliance.Checking;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>Days on which a rule was decided the same way, with the same figures and evidence.</summary>
/// <param name="Days">The days, first and last included.</param>
/// <param name="Result">The rule's result on each of them (its as-of figures are those of the first day).</param>
public sealed record RuleSpan(DateInterval Days, RuleResult Result);
