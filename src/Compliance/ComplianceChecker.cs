using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Compliance.Catalogue;
using Compliance.Checking;
using Compliance.Expressions;
using Compliance.Snapshots;
using Compliance.Text;
using Compliance.Validation;
using NodaTime;
using NodaTime.Text;

namespace Compliance;

/// <summary>
/// Checks employers against a compiled catalogue. Build it once with <see cref="Create"/> and share it:
/// it holds no state between calls.
/// </summary>
/// <threadsafety>Immutable; <see cref="Check"/> may be called from many threads at once.</threadsafety>
public sealed class ComplianceChecker
{
    private readonly RuleCatalogue _catalogue;
    private readonly EvaluationBudget _budget;
    private readonly bool _showIdNumbers;

    private ComplianceChecker(RuleCatalogue catalogue, CheckerOptions options)
    {
        _catalogue = catalogue;
        _showIdNumbers = options.ShowIdNumbers;
        _budget = new EvaluationBudget(options.MaxStepsPerRule, options.TimeLimitPerRule);
    }

    /// <summary>The catalogue this checker applies.</summary>
    public RuleCatalogue Catalogue => _catalogue;

    /// <summary>Builds a checker for <paramref name="catalogue"/>.</summary>
    /// <param name="catalogue">A loaded catalogue.</param>
    /// <param name="options">Settings; the defaults when <see langword="null"/>.</param>
    /// <returns>The checker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid; the message lists every problem.</exception>
    public static ComplianceChecker Create(RuleCatalogue catalogue, CheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        options ??= new CheckerOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        return new ComplianceChecker(catalogue, options);
    }

    /// <summary>Decides every rule of the catalogue for one employer as of one date.</summary>
    /// <param name="snapshot">The employer's records.</param>
    /// <param name="asOf">The date to check as of; workers count when they are at work that day.</param>
    /// <returns>One result per rule, in catalogue order. Never throws for a rule's fault: that is an <see cref="Outcome.Error"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or its enterprise is null.</exception>
    public CheckReport Check(EmployerSnapshot snapshot, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Enterprise);
        var facts = new FactContext(snapshot, asOf, _showIdNumbers);
        var results = new RuleResult[_catalogue.Compiled.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Decide(_catalogue.Compiled[i], facts, snapshot.Enterprise);
        }

        var enterprise = snapshot.Enterprise;
        return new CheckReport(enterprise.Id, enterprise.Name, asOf, _catalogue.ContentHash, results, facts.Notices)
        {
            Region = enterprise.RegionCode is { } region ? new NamedCode(region, RegionCodes.Default.TryGet(region, out var place) ? place.NameInWords : null) : null,
            Industry = enterprise.IndustryCode is { } industry ? new NamedCode(industry, IndustryCodes.Default.TryGet(industry, out var known) ? known.Name : null) : null,
        };
    }

    private static RuleResult? Applicability(Rule rule, FactContext facts, Enterprise enterprise)
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

        if (facts.AsOf < applies.From)
        {
            return NotApplicable(rule, NotApplicableReason.NotYetInForce, CheckMessages.NotYetInForce(LocalDatePattern.Iso.Format(applies.From)));
        }

        if (applies.To is { } to && facts.AsOf > to)
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

    private RuleResult Decide(CompiledRule compiled, FactContext facts, Enterprise enterprise)
    {
        var rule = compiled.Definition;
        if (Applicability(rule, facts, enterprise) is { } decided)
        {
            return decided;
        }

        var missingRoots = compiled.Roots.SelectMany(facts.MissingFor).ToArray();
        if (missingRoots.Length > 0)
        {
            return Indeterminate(rule, missingRoots, []);
        }

        var extra = compiled.Evidence.ExtraRoots;
        var arguments = new object?[1 + compiled.Roots.Count + compiled.Values.Count + extra.Count];
        arguments[0] = facts.AsOf;
        for (var i = 0; i < compiled.Roots.Count; i++)
        {
            arguments[1 + i] = facts.Root(compiled.Roots[i]);
        }

        for (var i = 0; i < extra.Count; i++)
        {
            arguments[arguments.Length - extra.Count + i] = facts.Root(extra[i]);
        }

        var values = new List<NamedValue>(compiled.Values.Count);
        using var scope = EvaluationScope.Enter(_budget);
        try
        {
            for (var i = 0; i < compiled.Values.Count; i++)
            {
                var value = compiled.Values[i];
                var result = value.Compute(arguments);
                arguments[1 + compiled.Roots.Count + i] = result;
                values.Add(new NamedValue(value.Name, result, ValueFormatter.Format(result)));
            }

            if (compiled.Unless is { } unless && unless(arguments) && scope.MissingFacts.Count == 0)
            {
                return NotApplicable(rule, NotApplicableReason.Exempted, rule.Applies.Unless!.Reason) with { Values = values };
            }

            var compliant = compiled.Check(arguments);
            var evidenceGaps = compliant ? [] : compiled.Evidence.Reads.SelectMany(facts.MissingFor).Distinct(StringComparer.Ordinal).ToArray();
            var evidence = compliant || evidenceGaps.Length > 0 || compiled.Evidence.Select is not { } select ? [] : Evidence(select(arguments));
            if (scope.MissingFacts.Count > 0)
            {
                return Indeterminate(rule, scope.MissingFacts, values);
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

    private static EvidenceItem[] Evidence(object records) =>
        ((IEnumerable)records).Cast<IFactRecord>()
            .Select(r => new EvidenceItem(r.RecordKind, r.Id))
            .Distinct()
            .OrderBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
}
