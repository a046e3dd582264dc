using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Compliance.Catalogue;
using Compliance.Expressions;
using Compliance.Snapshots;
using Compliance.Text;
using Compliance.Validation;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Checking;

/// <summary>
/// Decides compiled rules for one employer at a time: applicability first, then the facts each rule needs, then its
/// named values, exemption and check, each read through one <see cref="EvaluationContext"/> per check.
/// </summary>
/// <threadsafety>Immutable; <see cref="Check"/> may be called from many threads at once.</threadsafety>
internal sealed class RuleEvaluator(IReadOnlyList<CompiledRule> rules, string catalogueHash, EvaluationBudget budget, bool showIdNumbers)
{
    /// <summary>Decides every rule for one employer as of one date.</summary>
    public CheckReport Check(EmployerSnapshot snapshot, LocalDate asOf)
    {
        var evaluation = new EvaluationContext(asOf, budget);
        var facts = new FactContext(snapshot, evaluation, showIdNumbers);
        var results = new RuleResult[rules.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Decide(rules[i], facts, evaluation, snapshot.Enterprise);
        }

        var enterprise = snapshot.Enterprise;
        return new CheckReport(enterprise.Id, enterprise.Name, asOf, catalogueHash, results, facts.Notices)
        {
            Region = enterprise.RegionCode is { } region ? new NamedCode(region, RegionCodes.Default.TryGet(region, out var place) ? place.NameInWords : null) : null,
            Industry = enterprise.IndustryCode is { } industry ? new NamedCode(industry, IndustryCodes.Default.TryGet(industry, out var known) ? known.Name : null) : null,
        };
    }

    private static RuleResult? Applicability(Rule rule, LocalDate asOf, Enterprise enterprise)
    {
        var applies = rule.Applies;
        if (applies.Regions.Count > 0 && enterprise.RegionCode is { } region && !applies.Regions.Any(p => region.StartsWith(p, StringComparison.Ordinal)))
        {
            return NotApplicable(rule, NotApplicableReason.OtherRegion, CheckMessages.OtherRegion(region, applies.Regions));
        }

        if (applies.Industries.Count > 0 && enterprise.IndustryCode is { } industry && !applies.Industries.Any(p => industry.StartsWith(p, StringComparison.Ordinal)))
        {
            return NotApplicable(rule, NotApplicableReason.OtherIndustry, CheckMessages.OtherIndustry(industry, applies.Industries));
        }

        if (asOf < applies.From)
        {
            return NotApplicable(rule, NotApplicableReason.NotYetInForce, CheckMessages.NotYetInForce(LocalDatePattern.Iso.Format(applies.From)));
        }

        if (applies.To is { } to && asOf > to)
        {
            return NotApplicable(rule, NotApplicableReason.NoLongerInForce, CheckMessages.NoLongerInForce(LocalDatePattern.Iso.Format(to)));
        }

        var missing = new List<string>();
        if (applies.Regions.Count > 0 && enterprise.RegionCode is null)
        {
            missing.Add("enterprise.regionCode");
        }

        if (applies.Industries.Count > 0 && enterprise.IndustryCode is null)
        {
            missing.Add("enterprise.industryCode");
        }

        return missing.Count > 0 ? Indeterminate(rule, missing, []) : null;
    }

    private static RuleResult NotApplicable(Rule rule, NotApplicableReason reason, BilingualText text) =>
        new() { Rule = rule, Outcome = Outcome.NotApplicable, NotApplicable = reason, Reason = text };

    private static RuleResult Indeterminate(Rule rule, IEnumerable<string> missing, IReadOnlyList<NamedValue> values)
    {
        var facts = missing.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new() { Rule = rule, Outcome = Outcome.Indeterminate, MissingFacts = facts, Reason = CheckMessages.Missing(facts.Length), Values = values };
    }

    private static RuleResult Decide(CompiledRule compiled, FactContext facts, EvaluationContext evaluation, Enterprise enterprise)
    {
        var rule = compiled.Definition;
        if (Applicability(rule, evaluation.AsOf, enterprise) is { } decided)
        {
            return decided;
        }

        var missingRoots = compiled.Roots.SelectMany(facts.MissingFor).ToArray();
        if (missingRoots.Length > 0)
        {
            return Indeterminate(rule, missingRoots, []);
        }

        var values = new List<NamedValue>(compiled.Values.Count);
        evaluation.Begin(compiled.Values.Count);
        try
        {
            for (var i = 0; i < compiled.Values.Count; i++)
            {
                var value = compiled.Values[i];
                var result = value.Compute(evaluation);
                evaluation.Values[i] = result;
                var plain = Plain(result);
                values.Add(new NamedValue(value.Name, plain, ValueFormatter.Format(plain)));
            }

            if (compiled.Unless is { } unless && unless(evaluation) && evaluation.MissingFacts.Count == 0)
            {
                return NotApplicable(rule, NotApplicableReason.Exempted, rule.Applies.Unless!.Reason) with { Values = values };
            }

            var compliant = compiled.Check(evaluation);
            var evidenceGaps = compliant ? [] : compiled.Evidence.Reads.SelectMany(facts.MissingFor).Distinct(StringComparer.Ordinal).ToArray();
            var evidence = compliant || evidenceGaps.Length > 0 || compiled.Evidence.Select is not { } select ? [] : Evidence(select(evaluation));
            if (evaluation.MissingFacts.Count > 0)
            {
                return Indeterminate(rule, evaluation.MissingFacts, values);
            }

            var named = values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
            return new RuleResult
            {
                Rule = rule,
                Outcome = compliant ? Outcome.Compliant : Outcome.Violated,
                Values = values,
                Evidence = evidence,
                EvidenceUnavailable = evidenceGaps,
                Message = compiled.Message.Render(named),
                Remedy = compliant ? null : compiled.Remedy?.Render(named),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A rule's fault is that rule's error, never a violation and never the end of the run.
            var detail = e is BudgetExceededException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            return new RuleResult { Rule = rule, Outcome = Outcome.Error, Reason = CheckMessages.Failed(detail), Values = values };
        }
    }

    /// <summary>
    /// A named value as reports keep it: plain data, never a view or a live sequence that would run rule code again,
    /// outside the budget, when the report is written. A record is named by its id; a sequence is read now, in full.
    /// </summary>
    private static object? Plain(object? value) => value switch
    {
        null or string => value,
        IFactRecord record => record.Id,
        IEnumerable items => items.Cast<object?>().Select(Plain).ToArray(),
        _ => value,
    };

    private static EvidenceItem[] Evidence(object records) =>
        ((IEnumerable)records).Cast<IFactRecord>()
            .Select(r => new EvidenceItem(r.RecordKind, r.Id))
            .Distinct()
            .OrderBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
}
