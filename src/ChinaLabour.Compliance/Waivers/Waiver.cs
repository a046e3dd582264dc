using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Yaml;
using NodaTime;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>
/// An auditor's waiver of one rule's or one duty's violation at one employer, for a time: it changes how a violation
/// is filed in the report, never what the rule decided.
/// </summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed record Waiver
{
    /// <summary>The waiver's identifier, unique in its file, e.g. <c>W-1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The rule waived; <see langword="null"/> when the waiver names a <see cref="Duty"/> instead.</summary>
    public string? RuleId { get; init; }

    /// <summary>The duty waived, covering every rule that states it; <see langword="null"/> when the waiver names a <see cref="RuleId"/>.</summary>
    public string? Duty { get; init; }

    /// <summary>The employer (the snapshot's <c>enterprise.id</c>) the waiver is for.</summary>
    public required string EmployerId { get; init; }

    /// <summary>
    /// The records (worker or post ids) the waiver covers; empty when it covers the whole finding. A scoped waiver covers
    /// a violation only when every record of its evidence is in scope, so a new breach is never waived unseen.
    /// </summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>Why the auditor waived the finding.</summary>
    public required string Reason { get; init; }

    /// <summary>Who approved the waiver.</summary>
    public required string Approver { get; init; }

    /// <summary>The first day the waiver applies.</summary>
    public required LocalDate Granted { get; init; }

    /// <summary>The last day the waiver applies; from the next day it stops applying by itself.</summary>
    public required LocalDate Expires { get; init; }

    /// <summary>Where the waiver is written in its file.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>What the waiver names: the rule id, or <c>duty X</c>.</summary>
    public string Target => RuleId ?? $"duty {Duty}";

    /// <summary>Whether the waiver applies on <paramref name="date"/>: granted on or before it, expiring on or after it.</summary>
    /// <param name="date">The report's as-of date.</param>
    /// <returns>True when in force.</returns>
    public bool InForceOn(LocalDate date) => Granted <= date && date <= Expires;

    /// <summary>Whether the waiver, were it in force, would cover <paramref name="result"/>, a violation at its employer.</summary>
    internal bool Matches(RuleResult result) =>
        result.Outcome == Outcome.Violated
        && (RuleId is null ? (result.Rule.Duty ?? result.Rule.Id) == Duty : result.Rule.Id == RuleId)
        && (Scope.Count == 0 || (result.Evidence.Count > 0 && result.Evidence.All(e => Scope.Contains(e.Id, System.StringComparer.Ordinal))));
}
