namespace Compliance.Cli;

/// <summary>
/// One violated result of a report, as <c>diff</c> keeps it: the rule, its duty and severity, and its named values,
/// both as the report wrote them (compared) and as <c>name=text</c> (shown).
/// </summary>
internal sealed record ViolatedFinding(string RuleId, string? Duty, string Severity, string ValuesJson, string ValuesText)
{
    /// <summary>The duty, or the rule id when the rule has none: the per-duty view's key.</summary>
    public string DutyOrRule => Duty ?? RuleId;

    /// <summary>Critical first, then major, then minor.</summary>
    public int SeverityRank => Severity switch { "critical" => 0, "major" => 1, "minor" => 2, _ => 3 };
}
