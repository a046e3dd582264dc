namespace ChinaLabour.Compliance.Checking;

/// <summary>Why a rule does not bind an employer.</summary>
public enum NotApplicableReason
{
    /// <summary>The employer is outside the rule's regions.</summary>
    OtherRegion,

    /// <summary>The employer is outside the rule's industries.</summary>
    OtherIndustry,

    /// <summary>The as-of date is before the rule came into force.</summary>
    NotYetInForce,

    /// <summary>The as-of date is after the rule ceased to be in force.</summary>
    NoLongerInForce,

    /// <summary>The rule's own exemption holds (<c>applies.unless</c>).</summary>
    Exempted,
}
