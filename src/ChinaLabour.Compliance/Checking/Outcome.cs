namespace ChinaLabour.Compliance.Checking;

/// <summary>How one rule was decided for one employer.</summary>
public enum Outcome
{
    /// <summary>The employer's records show the rule broken.</summary>
    Violated,

    /// <summary>The employer's records show the rule kept.</summary>
    Compliant,

    /// <summary>The rule does not bind this employer on this date; <see cref="RuleResult.NotApplicable"/> says why.</summary>
    NotApplicable,

    /// <summary>Facts the rule needs are missing; <see cref="RuleResult.MissingFacts"/> names each.</summary>
    Indeterminate,

    /// <summary>The rule failed while it ran; <see cref="RuleResult.Reason"/> has the message.</summary>
    Error,
}
