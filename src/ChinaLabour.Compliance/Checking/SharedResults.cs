using System;
using System.Threading;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// The results one rule gives every employer alike, each made once and held by every report that needs it: not
/// applicable for no reason of the employer's (not yet in force, exempted without a named value), and undecided for
/// want of facts the input lacks for everyone (no accidents table at all). Making a result and its words for each
/// employer was a tenth of what a check allocated (measured). A result is immutable, so sharing it is safe. The
/// results that depend on the employer's code are <see cref="CodeScopes"/>'.
/// </summary>
/// <threadsafety>Safe to use from many threads: two threads that make the same result at once make equal ones.</threadsafety>
internal sealed class SharedResults(Rule rule)
{
    private readonly Rule _rule = rule;
    private readonly RuleResult?[] _fixed = new RuleResult?[3];
    private RuleResult? _lacking;

    /// <summary>The rule not in force on the date, or an employer its exemption covers: the same for every employer.</summary>
    public RuleResult Always(NotApplicableReason reason)
    {
        var slot = reason switch
        {
            NotApplicableReason.NotYetInForce => 0,
            NotApplicableReason.NoLongerInForce => 1,
            NotApplicableReason.Exempted => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "a reason that depends on the employer's codes"),
        };
        return _fixed[slot] ??= Make(reason, Why(reason));
    }

    /// <summary>
    /// The rule undecided for want of <paramref name="missing"/> (distinct, in ordinal order, as the evaluator gives
    /// them) and nothing else. The last such result is kept: a batch's employers mostly lack the same whole tables, and
    /// an employer lacking other facts only replaces it.
    /// </summary>
    /// <remarks><paramref name="missing"/> is copied when a new result is made: the caller may reuse its memory.</remarks>
    public RuleResult Lacking(ReadOnlySpan<string> missing)
    {
        var last = Volatile.Read(ref _lacking);
        // Strings compare by ordinal: the kept result's facts are the array it was made with.
        if (last?.MissingFacts is string[] kept && kept.AsSpan().SequenceEqual(missing))
        {
            return last;
        }

        var made = new RuleResult { Rule = _rule, Outcome = Outcome.Indeterminate, MissingFacts = missing.ToArray(), Reason = MessageCache.Missing(missing.Length) };
        Volatile.Write(ref _lacking, made);
        return made;
    }

    private BilingualText Why(NotApplicableReason reason) => reason switch
    {
        NotApplicableReason.NotYetInForce => CheckMessages.NotYetInForce(LocalDatePattern.Iso.Format(_rule.Applies.From), _rule.Document),
        NotApplicableReason.NoLongerInForce => CheckMessages.NoLongerInForce(LocalDatePattern.Iso.Format(_rule.Applies.To!.Value)),
        _ => _rule.Applies.Unless!.Reason,
    };

    private RuleResult Make(NotApplicableReason reason, BilingualText text) =>
        new() { Rule = _rule, Outcome = Outcome.NotApplicable, NotApplicable = reason, Reason = text };
}
