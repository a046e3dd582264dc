using System;
using System.Threading;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// The results one rule gives many employers alike, each made once and held by every report that needs it: not
/// applicable for the employer's code or for no reason of the employer's (outside the rule's regions, not yet in
/// force), and undecided for want of facts the input lacks for everyone (no accidents table at all). Making a result
/// and its words for each employer was a tenth of what a check allocated (measured). A result is immutable, so
/// sharing it is safe.
/// </summary>
/// <threadsafety>Safe to use from many threads: two threads that make the same result at once make equal ones.</threadsafety>
internal sealed class SharedResults(Rule rule)
{
    /// <summary>
    /// How many region codes a rule keeps results for: a province's counties and cities (Sichuan's 183 counties the
    /// most, GB/T 2260 of 2024). Past it (a batch of many provinces, codes that are not the table's) a result is made
    /// afresh each time, so memory stays bounded: at most a few hundred kilobytes a rule.
    /// </summary>
    private const int RegionsKept = 256;

    /// <summary>How many industry codes a rule keeps results for: most of GB/T 4754-2017's 1,381 classes.</summary>
    private const int IndustriesKept = 1_024;

    private readonly Rule _rule = rule;
    private readonly RuleResult?[] _fixed = new RuleResult?[3];
    private BoundedCache<string, RuleResult>? _regions;
    private BoundedCache<string, RuleResult>? _industries;
    private RuleResult? _lacking;

    /// <summary>The rule outside the regions it binds, for an employer of region <paramref name="code"/>.</summary>
    public RuleResult OtherRegion(string code) =>
        LazyInitializer.EnsureInitialized(ref _regions, static () => new(RegionsKept, StringComparer.Ordinal))
            .Get(code, this, static (code, results) => results.Make(NotApplicableReason.OtherRegion, CheckMessages.OtherRegion(code, results._rule.Applies.Regions)));

    /// <summary>The rule outside the industries it binds, for an employer of industry <paramref name="code"/>.</summary>
    public RuleResult OtherIndustry(string code) =>
        LazyInitializer.EnsureInitialized(ref _industries, static () => new(IndustriesKept, StringComparer.Ordinal))
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

    /// <summary>
    /// The rule undecided for want of <paramref name="missing"/> (distinct, in ordinal order, as the evaluator gives
    /// them) and nothing else. The last such result is kept: a batch's employers mostly lack the same whole tables, and
    /// an employer lacking other facts only replaces it.
    /// </summary>
    public RuleResult Lacking(string[] missing)
    {
        var last = Volatile.Read(ref _lacking);
        // Strings compare by ordinal: the kept result's facts are the array it was made with.
        if (last?.MissingFacts is string[] kept && kept.AsSpan().SequenceEqual(missing))
        {
            return last;
        }

        var made = new RuleResult { Rule = _rule, Outcome = Outcome.Indeterminate, MissingFacts = missing, Reason = MessageCache.Missing(missing.Length) };
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
