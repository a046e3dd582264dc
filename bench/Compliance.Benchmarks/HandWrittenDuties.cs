using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

using static Compliance.Benchmarks.HandWrittenDecision;

namespace Compliance.Benchmarks;

/// <summary>
/// Eighteen rules of five further documents written directly in C#: the management duties of the Shanxi opinions
/// (晋发〔2017〕53号) and the Shuozhou campaign (朔安发〔2022〕3号), the emergency plan (生产安全事故应急条例), the
/// occupational-health body and notification (职业病防治法), and the premises' fire facilities and exits (消防法). Like
/// <see cref="HandWrittenSafetyLaw"/> it makes the decisions, with each document's region and dates and each rule's
/// exemption, names the evidence, and assumes every fact it reads is given.
/// </summary>
internal static class HandWrittenDuties
{
    public static readonly string[] ShanxiOpinions =
    [
        "jin-fa-2017-53.safety.rules-and-procedures",
        "jin-fa-2017-53.responsibility.all-staff",
        "jin-fa-2017-53.hidden-danger.system",
        "jin-fa-2017-53.risk.grading",
        "jin-fa-2017-53.occupational-health.body",
        "jin-fa-2017-53.occupational-health.notification",
    ];

    public static readonly string[] ShuozhouCampaign =
    [
        "shuo-af-2022-3.dual-prevention.risk-grading",
        "shuo-af-2022-3.dual-prevention.hidden-danger-system",
        "shuo-af-2022-3.duty.all-staff",
        "shuo-af-2022-3.report.reward-scheme",
        "shuo-af-2022-3.report.public-channels",
        "shuo-af-2022-3.report.whistleblower",
        "shuo-af-2022-3.training.archive",
    ];

    public static readonly string[] EmergencyRegulations = ["sgyjtl-2019.emergency.plan"];

    public static readonly string[] OccupationalDiseaseLaw = ["zybfzf-2018.occupational-health.body", "zybfzf-2018.occupational-health.notification"];

    public static readonly string[] FireLaw = ["xff-2021.premises.fire-facilities", "xff-2021.premises.exits-open"];

    private static readonly LocalDate s_reportingFrom = new(2022, 6, 1);
    private static readonly LocalDate s_dualPreventionFrom = new(2023, 1, 1);

    public static void Check(EmployerSnapshot snapshot, LocalDate asOf, List<HandWrittenDecision> decisions)
    {
        var m = snapshot.Management!;
        var region = snapshot.Enterprise.RegionCode ?? string.Empty;
        var hazards = m.OccupationalHazards == true;

        // The Shanxi opinions bind employers in Shanxi from their issue; the occupational duties only where a post is exposed.
        var shanxi = region.StartsWith("14", StringComparison.Ordinal) && asOf >= DocumentDates.ShanxiOpinions;
        decisions.Add(Binding(ShanxiOpinions[0], shanxi, m.RulesAndProcedures));
        decisions.Add(Binding(ShanxiOpinions[1], shanxi, m.ResponsibilitySystem));
        decisions.Add(Binding(ShanxiOpinions[2], shanxi, m.HiddenDangerSystem));
        decisions.Add(Binding(ShanxiOpinions[3], shanxi, m.RiskGrading));
        decisions.Add(Binding(ShanxiOpinions[4], shanxi && hazards, m.OccupationalHealthBody));
        decisions.Add(Binding(ShanxiOpinions[5], shanxi && hazards, m.HazardNotification));

        // The Shuozhou campaign's measures outlive it: each binds Shuozhou from its own first day, with no last.
        var shuozhou = region.StartsWith("1406", StringComparison.Ordinal);
        decisions.Add(Binding(ShuozhouCampaign[0], shuozhou && asOf >= s_dualPreventionFrom, m.RiskGrading));
        decisions.Add(Binding(ShuozhouCampaign[1], shuozhou && asOf >= s_dualPreventionFrom, m.HiddenDangerSystem));
        decisions.Add(Binding(ShuozhouCampaign[2], shuozhou && asOf >= DocumentDates.ShuozhouCampaign, m.ResponsibilitySystem));
        decisions.Add(Binding(ShuozhouCampaign[3], shuozhou && asOf >= s_reportingFrom, m.ReportRewardScheme));
        decisions.Add(Binding(ShuozhouCampaign[4], shuozhou && asOf >= s_reportingFrom, m.ReportingChannel));
        decisions.Add(Binding(ShuozhouCampaign[5], shuozhou && asOf >= s_reportingFrom, m.WhistleblowerSystem));
        decisions.Add(Binding(ShuozhouCampaign[6], shuozhou && asOf >= DocumentDates.ShuozhouCampaign, m.TrainingArchive));

        decisions.Add(Binding(EmergencyRegulations[0], asOf >= DocumentDates.EmergencyRegulations, m.EmergencyPlan));
        decisions.Add(Binding(OccupationalDiseaseLaw[0], asOf >= DocumentDates.OccupationalDiseaseLaw && hazards, m.OccupationalHealthBody));
        decisions.Add(Binding(OccupationalDiseaseLaw[1], asOf >= DocumentDates.OccupationalDiseaseLaw && hazards, m.HazardNotification));

        // 消防法 第十六条 and 第二十八条: every premises on record.
        var premises = snapshot.Premises!;
        var fire = asOf >= DocumentDates.FireLaw && premises.Count > 0;
        decisions.Add(fire ? Breaking(FireLaw[0], premises.Where(p => p.FireFacilitiesIntact != true).Select(p => p.Id)) : NotApplicable(FireLaw[0]));
        decisions.Add(fire ? Breaking(FireLaw[1], premises.Where(p => p.ExitsClosed == true).Select(p => p.Id)) : NotApplicable(FireLaw[1]));
    }

    private static HandWrittenDecision Binding(string id, bool binds, bool? inPlace) =>
        !binds ? NotApplicable(id) : new(id, inPlace == true ? Outcome.Compliant : Outcome.Violated, []);
}
