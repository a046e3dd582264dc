using ChinaLabour.Compliance.Text;
namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A condition, as a rule expression, under which a rule does not apply.</summary>
/// <param name="When">The expression; the rule is not applicable when it is true.</param>
/// <param name="Reason">Why the rule does not apply then.</param>
public sealed record Exemption(string When, BilingualText Reason);
