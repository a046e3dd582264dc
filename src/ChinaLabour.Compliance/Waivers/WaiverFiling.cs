using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>
/// A report with its violations filed by the waivers: those a waiver in force covers, apart; the rest open. The
/// report itself is unchanged: every rule keeps the outcome it was decided with.
/// </summary>
/// <param name="Report">The report, unchanged.</param>
/// <param name="Waived">The violations a waiver in force covers, in the report's order.</param>
/// <param name="Expired">The employer's waivers that expired before the as-of date, in file order.</param>
/// <param name="Unused">The employer's waivers in force that cover no violation, in file order.</param>
/// <param name="NotYetInForce">The employer's waivers granted after the as-of date, in file order.</param>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed record WaiverFiling(
    CheckReport Report,
    IReadOnlyList<WaivedResult> Waived,
    IReadOnlyList<ExpiredWaiver> Expired,
    IReadOnlyList<Waiver> Unused,
    IReadOnlyList<Waiver> NotYetInForce)
{
    /// <summary>The violations no waiver in force covers: those that count toward an exit code or a gate.</summary>
    public IEnumerable<RuleResult> OpenViolations => Report.Violations.Where(r => WaiverOf(r) is null);

    /// <summary>The waiver in force that covers <paramref name="result"/>, or <see langword="null"/>.</summary>
    /// <param name="result">A result of <see cref="Report"/>.</param>
    /// <returns>The waiver, or null when the result is not waived.</returns>
    public Waiver? WaiverOf(RuleResult result) => Waived.FirstOrDefault(w => ReferenceEquals(w.Result, result))?.Waiver;

    /// <summary>The report's findings without their waived rules; a finding whose every rule is waived is left out.</summary>
    /// <returns>The open findings, gravest first.</returns>
    public IReadOnlyList<Finding> OpenFindings() =>
        Report.Findings()
            .Select(f => (Finding: f, Open: f.Results.Where(r => WaiverOf(r) is null).ToArray()))
            .Where(f => f.Open.Length > 0)
            .Select(f => f.Finding with { Severity = f.Open.Max(r => r.Rule.Severity), Results = f.Open })
            .OrderByDescending(f => f.Severity)
            .ToArray();
}
