using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance.Testing;

/// <summary>The outcome a rule test case expects of one rule.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Outcome">The outcome expected.</param>
public sealed record ExpectedOutcome(string RuleId, Outcome Outcome);
