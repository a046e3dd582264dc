using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Validation;
using NodaTime;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// Decides compiled rules for one employer at a time: applicability first, then the facts each rule needs, then its
/// named values, exemption and check, each read through one <see cref="EvaluationContext"/> per check.
/// </summary>
/// <threadsafety>Immutable; <see cref="Check"/> may be called from many threads at once.</threadsafety>
internal sealed class RuleEvaluator(IReadOnlyList<CompiledRule> rules, string catalogueHash, EvaluationBudget budget, bool showIdNumbers)
{
    /// <summary>
    /// How many region codes the evaluator keeps scopes and results for: a province's counties and cities twice over
    /// (Sichuan's 183 counties the most, GB/T 2260 of 2024). Past it (a batch of many provinces, codes that are not the
    /// table's) they are worked out afresh for each employer, so memory stays bounded: about 30 MB at most with the
    /// bundled catalogue, whose local rules each keep one result a code.
    /// </summary>
    private const int RegionsKept = 512;

    /// <summary>How many industry codes the evaluator keeps scopes and results for: most of GB/T 4754-2017's 1,381 classes.</summary>
    private const int IndustriesKept = 1_024;

    private readonly SharedResults[] _shared = [.. rules.Select(r => new SharedResults(r.Definition))];
    private readonly BoundedCache<string, CodeScopes> _regions = new(RegionsKept, StringComparer.Ordinal);
    private readonly BoundedCache<string, CodeScopes> _industries = new(IndustriesKept, StringComparer.Ordinal);

    // The rules in force on the date last asked, replaced whole when another date is: a batch asks one date, a period
    // a few dozen in turn.
    private volatile RulesInForce? _inForce;

    /// <summary>Decides every rule for one employer as of one date.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled; no report is given.</exception>
    public CheckReport Check(EmployerSnapshot snapshot, LocalDate asOf, CancellationToken cancellation = default) =>
        Decide(snapshot, new EvaluationContext(asOf, budget, cancellation), null, cancellation);

    /// <summary>
    /// Decides every rule for one employer as of one date, and gives the first later day on which a comparison the
    /// rules made with the as-of date could turn (null when none could): for periods and forecasts.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled; no report is given.</exception>
    public (CheckReport Report, LocalDate? NextTurn) CheckWatchingTurns(EmployerSnapshot snapshot, LocalDate asOf, CancellationToken cancellation)
    {
        var evaluation = new EvaluationContext(asOf, budget, cancellation) { WatchesTurns = true };
        return (Decide(snapshot, evaluation, null, cancellation), evaluation.NextTurn);
    }

    /// <summary>
    /// Decides every rule and gives, per rule, every fact it read once it applied (its exemption, values, check and
    /// evidence): for the test that removes each such fact and expects Indeterminate.
    /// </summary>
    public (CheckReport Report, IReadOnlyList<IReadOnlyCollection<string>> Reads) CheckTracingReads(EmployerSnapshot snapshot, LocalDate asOf)
    {
        var reads = new List<IReadOnlyCollection<string>>();
        return (Decide(snapshot, new EvaluationContext(asOf, budget, tracksReads: true), reads, CancellationToken.None), reads);
    }

    private CheckReport Decide(EmployerSnapshot snapshot, EvaluationContext evaluation, List<IReadOnlyCollection<string>>? reads, CancellationToken cancellation)
    {
        var asOf = evaluation.AsOf;
        var facts = new FactContext(snapshot, evaluation, showIdNumbers);
        var region = snapshot.Enterprise.RegionCode is { } regionCode ? _regions.Get(regionCode, rules, CodeScopes.Region) : null;
        var industry = snapshot.Enterprise.IndustryCode is { } industryCode ? _industries.Get(industryCode, rules, CodeScopes.Industry) : null;
        var inForce = InForce(asOf);
        var results = new RuleResult[rules.Count];
        for (var i = 0; i < results.Length; i++)
        {
            // Between rules, and every few steps within one (EvaluationContext.Tick): a long rule stops promptly too.
            cancellation.ThrowIfCancellationRequested();
            results[i] = Decide(i, facts, evaluation, inForce, region, industry, cancellation);
            reads?.Add(evaluation.FactsRead.ToArray());
        }

        var enterprise = snapshot.Enterprise;
        return new CheckReport(enterprise.Id, enterprise.Name, asOf, catalogueHash, results, facts.Notices) { Region = region?.Named, Industry = industry?.Named };
    }

    private RuleResult? Applicability(int index, FactContext facts, EvaluationContext evaluation, RulesInForce inForce, CodeScopes? region, CodeScopes? industry)
    {
        var compiled = rules[index];
        var rule = compiled.Definition;
        var applies = rule.Applies;
        List<string>? missing = null;
        if (applies.Regions.Count > 0 && region?.Of(index) is not CodeScope.Within)
        {
            if (region is null)
            {
                (missing ??= []).Add(CodeScopes.RegionFact);
            }
            else
            {
                return region.Result(index);
            }
        }

        if (applies.Industries.Count > 0 && industry?.Of(index) is not CodeScope.Within)
        {
            var (holds, unknown) = compiled.AlsoWhen is { } also ? AlsoApplies(also, facts, evaluation) : (false, []);
            if (unknown.Count > 0)
            {
                // The records that would show the activity are given but not whole: whether the rule binds cannot be told.
                return Indeterminate(index, unknown, []);
            }

            if (!holds)
            {
                if (industry is null)
                {
                    (missing ??= []).Add(CodeScopes.IndustryFact);
                }
                else
                {
                    return industry.Result(index);
                }
            }
        }

        if (inForce.NotInForce(index) is { } notInForce)
        {
            return _shared[index].Always(notInForce);
        }

        return missing is not null ? Indeterminate(index, missing, []) : null;
    }

    private RulesInForce InForce(LocalDate asOf)
    {
        var inForce = _inForce;
        if (inForce is null || inForce.AsOf != asOf)
        {
            _inForce = inForce = new RulesInForce(rules, asOf);
        }

        return inForce;
    }

    /// <summary>
    /// Whether the records show the activity that brings an employer outside the rule's industries within it. Records
    /// not given at all (no mines on record) show nothing, and the industry code decides; records given but missing
    /// a fact the condition reads (a mine of unknown kind) leave it unknown, naming the facts.
    /// </summary>
    private static (bool Holds, IReadOnlyList<string> Missing) AlsoApplies(CompiledCondition also, FactContext facts, EvaluationContext evaluation)
    {
        if (facts.Lacks(also.ReadsFacts))
        {
            return (false, []);
        }

        evaluation.Begin(0);
        var holds = also.Test(evaluation);
        return evaluation.HasMissing ? (false, evaluation.MissingFacts()) : (holds, []);
    }

    /// <summary>
    /// The rule's undecided result; <paramref name="missing"/> as an array is taken to be settled already
    /// (<see cref="FactOrder"/>), as the evaluation and <see cref="FactContext.Gaps"/> give it, and any other list is
    /// settled here. Without values it says nothing of the employer but the facts, and is the rule's shared one
    /// (<see cref="SharedResults.Lacking"/>): on 3,000 of a province's employers, a dozen rules had made such a result
    /// afresh for every employer, each lacking the same facts (measured; the check allocates 2% less).
    /// </summary>
    private RuleResult Indeterminate(int index, IReadOnlyList<string> missing, IReadOnlyList<NamedValue> values)
    {
        var facts = missing as string[] ?? FactOrder.Settled([.. missing]);
        return values.Count == 0
            ? _shared[index].Lacking(facts)
            : new() { Rule = rules[index].Definition, Outcome = Outcome.Indeterminate, MissingFacts = facts, Reason = MessageCache.Missing(facts.Length), Values = values };
    }

    private RuleResult Decide(int index, FactContext facts, EvaluationContext evaluation, RulesInForce inForce, CodeScopes? region, CodeScopes? industry, CancellationToken cancellation)
    {
        var compiled = rules[index];
        var rule = compiled.Definition;
        // Made once the values are computed: most results end before (not applicable, or a fact missing) and would
        // only drop them.
        object?[] plain = [];
        var computed = 0;
        try
        {
            if (Applicability(index, facts, evaluation, inForce, region, industry) is { } decided)
            {
                return decided;
            }

            evaluation.ForgetReads();

            // An exemption that reads no named value is tested first: an employer it exempts needs no other fact.
            if (compiled.Unless is { ReadsValues: false } early)
            {
                if (facts.Gaps(early.ReadsFacts) is { IsEmpty: false } gaps)
                {
                    return _shared[index].Lacking(gaps);
                }

                evaluation.Begin(0);
                var exempt = early.Test(evaluation);
                if (evaluation.HasMissing)
                {
                    return Indeterminate(index, evaluation.MissingFacts(), []);
                }

                if (exempt)
                {
                    return _shared[index].Always(NotApplicableReason.Exempted);
                }
            }

            if (facts.Gaps(compiled.Needs) is { IsEmpty: false } missing)
            {
                return _shared[index].Lacking(missing);
            }

            evaluation.Begin(compiled.Values.Count);
            if (compiled.Values.Count > 0)
            {
                plain = new object?[compiled.Values.Count];
            }

            for (var i = 0; i < compiled.Values.Count; i++)
            {
                var value = compiled.Values[i];
                var result = value.Compute(evaluation);
                evaluation.Values[i] = result;
                var items = 0;
                plain[i] = Plain(result, value.Name, ref items);
                computed = i + 1;
            }

            var values = Kept(compiled, plain, computed);
            if (compiled.Unless is { ReadsValues: true } unless && unless.Test(evaluation) && !evaluation.HasMissing)
            {
                return new RuleResult { Rule = rule, Outcome = Outcome.NotApplicable, NotApplicable = NotApplicableReason.Exempted, Reason = rule.Applies.Unless!.Reason, Values = values };
            }

            var compliant = compiled.Check(evaluation);
            var evidenceGaps = compliant ? [] : facts.MissingOf(compiled.Evidence.Reads);
            var evidence = compliant || evidenceGaps.Length > 0 || compiled.Evidence.Select is not { } select ? [] : Evidence(select(evaluation));
            if (evaluation.HasMissing)
            {
                return Indeterminate(index, evaluation.MissingFacts(), values);
            }

            return new RuleResult
            {
                Rule = rule,
                Outcome = compliant ? Outcome.Compliant : Outcome.Violated,
                Values = values,
                Evidence = evidence,
                EvidenceUnavailable = evidenceGaps,
                DeferredMessage = new DeferredMessage(compliant ? compiled.Compliant : compiled.Violated, values),
                DeferredRemedy = compliant || compiled.Remedy is null ? null : new DeferredMessage(compiled.Remedy, values),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            // A rule's fault is that rule's error, never a violation and never the end of the run: an overflow, a
            // division by zero, a budget used up, even memory exhausted by what the rule built. The caller's
            // cancellation is let through (the filter): it ends the check, and is no fault of the rule's.
            var detail = e is BudgetExceededException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            return new RuleResult { Rule = rule, Outcome = Outcome.Error, Reason = CheckMessages.Failed(detail), Values = Kept(compiled, plain, computed) };
        }
    }

    /// <summary>The values a result keeps: the first <paramref name="computed"/> of <paramref name="plain"/>, all of them once the rule got past its values, fewer when it failed on the way; a rule without values shares the empty list.</summary>
    private static IReadOnlyList<NamedValue> Kept(CompiledRule compiled, object?[] plain, int computed) =>
        computed == 0 ? [] : new ComputedValues(compiled.ValueNames, plain, computed);

    /// <summary>
    /// A named value as reports keep it: plain data, never a view or a live sequence that would run rule code again,
    /// outside the budget, when the report is written. A record is named by its id; a sequence is read now, in full.
    /// </summary>
    private static object? Plain(object? value, string name, ref int items)
    {
        switch (value)
        {
            case null or string:
                return value;
            case double d when !double.IsFinite(d):
                throw new ArithmeticException($"a named value is {d.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not a number a report can state");
            case IFactRecord record:
                return record.Id;
            case IEnumerable sequence:
                var plain = new List<object?>();
                foreach (var item in sequence)
                {
                    // Counted as read, so that a sequence too long to state is refused before it is held.
                    if (++items > CheckerDefaults.MaxItemsPerValue)
                    {
                        throw new BudgetExceededException(CheckMessages.TooManyItems(name, CheckerDefaults.MaxItemsPerValue));
                    }

                    plain.Add(Plain(item, name, ref items));
                }

                return plain.ToArray();
            default:
                return value;
        }
    }

    /// <summary>The records named once each, ordered by kind then id (ordinal), as reports list them.</summary>
    private static EvidenceItem[] Evidence(object records)
    {
        var items = new List<EvidenceItem>(records is ICollection counted ? counted.Count : 4);
        foreach (var record in (IEnumerable)records)
        {
            var fact = (IFactRecord)record!;
            items.Add(new EvidenceItem(fact.RecordKind, fact.Id));
        }

        if (items.Count == 0)
        {
            return [];
        }

        // Sorted in place, then each record kept once: a record named twice is its own neighbour, and no set is built.
        var sorted = CollectionsMarshal.AsSpan(items);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Kind, b.Kind) is var kind and not 0 ? kind : string.CompareOrdinal(a.Id, b.Id));
        var kept = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (!sorted[i].Equals(sorted[kept - 1]))
            {
                sorted[kept++] = sorted[i];
            }
        }

        return sorted[..kept].ToArray();
    }
}
