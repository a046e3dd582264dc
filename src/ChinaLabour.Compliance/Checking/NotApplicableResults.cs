using System;
using System.Threading;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// One rule's not-applicable results, each made once and held by every report that needs it. Such a result depends
/// only on the rule, the reason and the employer's code (outside the rule's regions, not yet in force), and a
/// province's employers share a few thousand codes: making a result and its words for each employer was a sixteenth
/// of what a check allocated (profiled). A result is immutable, so sharing it is safe.
/// </summary>
/// <threadsafety>Safe to use from many threads: two threads that make the same result at once make equal ones.</threadsafety>
internal sealed class NotApplicableResults(Rule rule)
{
    /// <summary>
    /// How many codes a rule keeps results for, of regions and of industries each: a country's counties. Past it
    /// (codes that are not a code table's) a result is made afresh each time.
    /// </summary>
    private const int CodesKept = 4_096;

    private readonly Rule _rule = rule;
    private readonly RuleResult?[] _fixed = new RuleResult?[3];
    private BoundedCache<string, RuleResult>? _regions;
    private BoundedCache<string, RuleResult>? _industries;

    /// <summary>The rule outside the regions it binds, for an employer of region <paramref name="code"/>.</summary>
    public RuleResult OtherRegion(string code) =>
        LazyInitializer.EnsureInitialized(ref _regions, static () => new(CodesKept, StringComparer.Ordinal))
            .Get(code, this, static (code, results) => results.Make(NotApplicableReason.OtherRegion, CheckMessages.OtherRegion(code, results._rule.Applies.Regions)));

    /// <summary>The rule outside the industries it binds, for an employer of industry <paramref name="code"/>.</summary>
    public RuleResult OtherIndustry(string code) =>
        LazyInitializer.EnsureInitialized(ref _industries, static () => new(CodesKept, StringComparer.Ordinal))
            .Get(code, this, static (code, results) => results.Make(NotApplicableReason.OtherIndustry, CheckMessages.OtherIndustry(code, results._rule.Applies.Industries)));

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

    private BilingualText Why(NotApplicableReason reason) => reason switch
    {
        NotApplicableReason.NotYetInForce => CheckMessages.NotYetInForce(LocalDatePattern.Iso.Format(_rule.Applies.From), _rule.Document),
        NotApplicableReason.NoLongerInForce => CheckMessages.NoLongerInForce(LocalDatePattern.Iso.Format(_rule.Applies.To!.Value)),
        _ => _rule.Applies.Unless!.Reason,
    };

    private RuleResult Make(NotApplicableReason reason, BilingualText text) =>
        new() { Rule = _rule, Outcome = Outcome.NotApplicable, NotApplicable = reason, Reason = text };
}
