using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using NodaTime;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// Which rules are in force on one date, and why each other is not: the same for every employer checked as of that
/// date, as a batch's employers all are. Each rule's dates were compared for each employer, two comparisons a rule
/// that each check the calendars (they showed in the check's profile on the province).
/// </summary>
/// <threadsafety>Immutable.</threadsafety>
internal sealed class RulesInForce
{
    private readonly NotApplicableReason?[] _reasons;

    public RulesInForce(IReadOnlyList<CompiledRule> rules, LocalDate asOf)
    {
        AsOf = asOf;
        _reasons = new NotApplicableReason?[rules.Count];
        for (var i = 0; i < _reasons.Length; i++)
        {
            var applies = rules[i].Definition.Applies;
            _reasons[i] = asOf < applies.From ? NotApplicableReason.NotYetInForce
                : applies.To is { } to && asOf > to ? NotApplicableReason.NoLongerInForce
                : null;
        }
    }

    /// <summary>The date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Why the rule at <paramref name="index"/> is not in force on <see cref="AsOf"/>; null when it is.</summary>
    public NotApplicableReason? NotInForce(int index) => _reasons[index];
}
