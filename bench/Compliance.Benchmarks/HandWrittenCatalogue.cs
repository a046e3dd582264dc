using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Benchmarks;

/// <summary>
/// The hand-written side of the catalogue comparison: eighteen rules from two documents (the four Shanxi dispatch
/// rules and fourteen of the Work Safety Law), decided in plain C# over the same snapshot, and the same rules loaded
/// from the bundled files for the engine.
/// </summary>
internal static class HandWrittenCatalogue
{
    private const string SafetyLawFile = "an-quan-sheng-chan-fa-2021";

    public static RuleCatalogue Load() => CatalogueSubset.Load(new Dictionary<string, string[]>
    {
        [DispatchCatalogue.File] = DispatchCatalogue.RuleIds,
        [SafetyLawFile] = HandWrittenSafetyLaw.RuleIds,
    });

    public static List<HandWrittenDecision> Check(EmployerSnapshot snapshot, LocalDate asOf)
    {
        var decisions = new List<HandWrittenDecision>(DispatchCatalogue.RuleIds.Length + HandWrittenSafetyLaw.RuleIds.Length);

        // The Shanxi document binds employers in Shanxi (region codes 14…) only.
        if (snapshot.Enterprise.RegionCode?.StartsWith("14", StringComparison.Ordinal) == true)
        {
            var dispatch = HandWritten.Check(snapshot, asOf);
            for (var i = 0; i < dispatch.Length; i++)
            {
                decisions.Add(new(DispatchCatalogue.RuleIds[i], dispatch[i].Compliant ? Outcome.Compliant : Outcome.Violated, dispatch[i].Evidence));
            }
        }
        else
        {
            foreach (var id in DispatchCatalogue.RuleIds)
            {
                decisions.Add(new(id, Outcome.NotApplicable, []));
            }
        }

        HandWrittenSafetyLaw.Check(snapshot, asOf, decisions);
        return decisions;
    }

    /// <summary>Throws unless the engine's report makes the same decisions with the same evidence, rule by rule.</summary>
    public static void AssertSame(IReadOnlyList<HandWrittenDecision> byHand, CheckReport report)
    {
        if (byHand.Count != report.Results.Count)
        {
            throw new InvalidOperationException($"hand-written decides {byHand.Count} rules, the catalogue {report.Results.Count}");
        }

        var engine = new Dictionary<string, RuleResult>(StringComparer.Ordinal);
        foreach (var result in report.Results)
        {
            engine[result.Rule.Id] = result;
        }

        foreach (var decision in byHand)
        {
            var result = engine[decision.RuleId];
            var evidence = new List<string>();
            foreach (var item in result.Evidence)
            {
                evidence.Add(item.Id);
            }

            if (decision.Outcome != result.Outcome || !evidence.SequenceEqual(decision.Evidence))
            {
                throw new InvalidOperationException(
                    $"hand-written and catalogue disagree on {decision.RuleId}: {decision.Outcome} [{string.Join(",", decision.Evidence)}] against {result.Outcome} [{string.Join(",", evidence)}]");
            }
        }
    }
}
