using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

using static Compliance.Benchmarks.HandWrittenDecision;

namespace Compliance.Benchmarks;

/// <summary>
/// Fourteen rules of 中华人民共和国安全生产法 (2021) written directly in C# over the snapshot: training, certificates,
/// hidden dangers, premises, insurance, drills and the management duties. Like <see cref="HandWritten"/> it makes the
/// decisions and names the evidence, assumes every fact it reads is given, and builds no messages or named values.
/// </summary>
internal static class HandWrittenSafetyLaw
{
    public static readonly string[] RuleIds =
    [
        "aqscf-2021.certificate.special-operation-post",
        "aqscf-2021.training.before-post",
        "aqscf-2021.training.archive",
        "aqscf-2021.safety.registered-engineers-mine",
        "aqscf-2021.responsibility.all-staff",
        "aqscf-2021.safety.rules-and-procedures",
        "aqscf-2021.risk.grading",
        "aqscf-2021.hidden-danger.system",
        "aqscf-2021.hidden-danger.rectified-by-deadline",
        "aqscf-2021.premises.exits-open",
        "aqscf-2021.premises.gas-alarm",
        "aqscf-2021.insurance.liability",
        "aqscf-2021.emergency.plan",
        "aqscf-2021.emergency.drill",
    ];

    /// <summary>The law as amended in 2021 is in force from this day.</summary>

    private static readonly LocalDate s_drillsFrom = new(2022, 9, 1);

    private static readonly string[] s_mining = ["06", "07", "08", "09", "10", "11", "12"];

    private static readonly string[] s_liability = ["06", "07", "08", "09", "10", "11", "12", "2671", "2672", "47", "48", "49", "50", "5435"];

    public static void Check(EmployerSnapshot snapshot, LocalDate asOf, List<HandWrittenDecision> decisions)
    {
        var management = snapshot.Management!;
        var industry = snapshot.Enterprise.IndustryCode ?? string.Empty;
        var mines = snapshot.Mines is { Count: > 0 };
        var roster = snapshot.Workers!.Where(w => w.Start <= asOf).ToArray();
        var active = roster.Where(w => w.End is null || asOf <= w.End).ToArray();
        var posts = snapshot.Posts!.ToDictionary(p => p.Id, StringComparer.Ordinal);

        // 第三十条: special operations by post.
        var inPosts = active.Where(w => w.Form != EmploymentForm.Outsourced && posts[w.PostId!].SpecialOperation is { Length: > 0 }).ToArray();
        decisions.Add(inPosts.Length == 0
            ? NotApplicable(RuleIds[0])
            : Breaking(RuleIds[0], inPosts.Where(w => !HoldsValidCertificate(w, posts[w.PostId!].SpecialOperation!, asOf)).Select(w => w.Id)));

        // 第二十八条: trained before taking up the post.
        var judged = roster.Where(w => w.Form != EmploymentForm.Outsourced && (w.Start >= DocumentDates.SafetyLaw || w.End is null || asOf <= w.End)).ToArray();
        decisions.Add(judged.Length == 0
            ? NotApplicable(RuleIds[1])
            : Breaking(RuleIds[1], judged.Where(w => !PassedSafetyTrainingBy(w, w.Start >= DocumentDates.SafetyLaw ? w.Start!.Value : asOf)).Select(w => w.Id)));

        decisions.Add(Holds(RuleIds[2], management.TrainingArchive == true));
        decisions.Add(Within(industry, s_mining) || mines
            ? Holds(RuleIds[3], management.RegisteredSafetyEngineers >= 1)
            : NotApplicable(RuleIds[3]));
        decisions.Add(Holds(RuleIds[4], management.ResponsibilitySystem == true));
        decisions.Add(Holds(RuleIds[5], management.RulesAndProcedures == true));
        decisions.Add(Holds(RuleIds[6], management.RiskGrading == true));
        decisions.Add(Holds(RuleIds[7], management.HiddenDangerSystem == true));

        // 第四十一条: hidden dangers rectified by their deadline.
        var dangers = snapshot.HiddenDangers!;
        var withDeadline = dangers.Count(h => h.Found <= asOf && h.Deadline?.Date is not null && (h.Rectified is null || h.Rectified >= DocumentDates.SafetyLaw));
        decisions.Add(withDeadline == 0
            ? NotApplicable(RuleIds[8])
            : Breaking(RuleIds[8], dangers
                .Where(h => h.Found <= asOf && h.Deadline?.Date is { } deadline && deadline < asOf && (h.Rectified is null || (h.Rectified > deadline && h.Rectified >= DocumentDates.SafetyLaw)))
                .Select(h => h.Id)));

        // 第四十二条 and the catering premises of 第三十六条.
        var premises = snapshot.Premises!;
        decisions.Add(premises.Count == 0 ? NotApplicable(RuleIds[9]) : Breaking(RuleIds[9], premises.Where(p => p.ExitsClosed == true).Select(p => p.Id)));
        if (!Within(industry, ["62"]))
        {
            decisions.Add(NotApplicable(RuleIds[10]));
        }
        else
        {
            var gas = premises.Where(p => p.Catering == true && p.UsesGas == true).ToArray();
            decisions.Add(gas.Length == 0 ? NotApplicable(RuleIds[10]) : Breaking(RuleIds[10], gas.Where(p => p.GasAlarm != true || p.GasAlarmWorking != true).Select(p => p.Id)));
        }

        // 第五十一条: liability insurance in the listed industries.
        decisions.Add(Within(industry, s_liability) || mines
            ? Holds(RuleIds[11], snapshot.Insurance!.Any(i => i.From <= asOf && asOf <= i.Until))
            : NotApplicable(RuleIds[11]));

        // 第八十一条: the plan, and a drill within the last twelve months.
        decisions.Add(Holds(RuleIds[12], management.EmergencyPlan == true));
        var lastDrill = management.LastDrill?.Date;
        decisions.Add(asOf < s_drillsFrom ? NotApplicable(RuleIds[13])
            : lastDrill > asOf ? NotApplicable(RuleIds[13])
            : Holds(RuleIds[13], lastDrill is { } drill && drill.PlusMonths(12) >= asOf));
    }

    private static bool Within(string code, string[] prefixes) => prefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal));

    private static bool PassedSafetyTrainingBy(Worker worker, LocalDate date) =>
        worker.Trainings!.Any(t => t.Kind is TrainingKind.Safety or TrainingKind.ThreeLevel or TrainingKind.Refresher or TrainingKind.SpecialOperation
            && t.Passed == true && t.Date <= date);

    private static bool HoldsValidCertificate(Worker worker, string category, LocalDate date) =>
        worker.Certificates!.Any(c => c.Category == category && c.Genuine == true && c.ValidFrom <= date && date <= c.ValidUntil);
}
