using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Benchmarks;

/// <summary>
/// The hand-written side of the catalogue comparison: forty-eight rules of twelve documents, a third of the catalogue
/// (the four Shanxi dispatch rules, fifteen of the Work Safety Law, and the duties and records of ten more documents:
/// <see cref="HandWrittenDuties"/>, <see cref="HandWrittenRecords"/>), decided in plain C# over the same snapshot, and the
/// same rules loaded from the bundled files for the engine.
/// </summary>
internal static class HandWrittenCatalogue
{
    private const string SafetyLawFile = "an-quan-sheng-chan-fa-2021";

    /// <summary>How many rules both sides decide.</summary>
    public const int RuleCount = 48;

    public static RuleCatalogue Load() => CatalogueSubset.Load(new Dictionary<string, string[]>
    {
        [DispatchCatalogue.File] = DispatchCatalogue.RuleIds,
        [SafetyLawFile] = [.. HandWrittenSafetyLaw.RuleIds, .. HandWrittenRecords.SafetyLaw],
        ["jin-fa-2017-53"] = [.. HandWrittenDuties.ShanxiOpinions, .. HandWrittenRecords.ShanxiOpinions],
        ["shuo-an-fa-2022-3"] = [.. HandWrittenDuties.ShuozhouCampaign, .. HandWrittenRecords.ShuozhouCampaign],
        ["sheng-chan-an-quan-shi-gu-ying-ji-tiao-li-2019"] = HandWrittenDuties.EmergencyRegulations,
        ["zhi-ye-bing-fang-zhi-fa-2018"] = [.. HandWrittenDuties.OccupationalDiseaseLaw, .. HandWrittenRecords.OccupationalDiseaseLaw],
        ["xiao-fang-fa-2021"] = HandWrittenDuties.FireLaw,
        ["jin-zheng-fa-2024-1"] = HandWrittenRecords.ShanxiWorkSafety2024,
        ["lao-dong-fa-2018"] = HandWrittenRecords.LabourLaw,
        ["sheng-chan-an-quan-shi-gu-bao-gao-tiao-li-2007"] = HandWrittenRecords.AccidentRegulations,
        ["lao-dong-he-tong-fa-shi-shi-tiao-li-2008"] = HandWrittenRecords.ContractRegulations,
        ["lao-dong-he-tong-fa-2012"] = HandWrittenRecords.ContractLaw,
    });

    public static List<HandWrittenDecision> Check(EmployerSnapshot snapshot, LocalDate asOf)
    {
        var decisions = new List<HandWrittenDecision>(RuleCount);

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
        HandWrittenDuties.Check(snapshot, asOf, decisions);
        HandWrittenRecords.Check(snapshot, asOf, decisions);
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
