using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

using static Compliance.Benchmarks.HandWrittenDecision;

namespace Compliance.Benchmarks;

/// <summary>
/// Twelve rules that read the employer's records written directly in C#: accidents reported (安全生产法, 劳动法,
/// 生产安全事故报告和调查处理条例), written contracts (劳动合同法实施条例), no probation for part-time work (劳动合同法),
/// the Shuozhou campaign's trainings, exits not locked (晋政发〔2024〕1号), and occupational-hazard monitoring and
/// examinations (职业病防治法, 晋发〔2017〕53号). None lacks a fact on the Shuozhou sample, so each is decided there. Like <see cref="HandWrittenSafetyLaw"/> it makes the decisions, with each
/// document's region and dates and each rule's exemption, names the evidence, and assumes every fact it reads is given.
/// </summary>
internal static class HandWrittenRecords
{
    public static readonly string[] SafetyLaw = ["aqscf-2021.accident.report"];

    public static readonly string[] LabourLaw = ["ldf-2018.accident.report"];

    public static readonly string[] AccidentRegulations = ["sgbgtl-2007.accident.report"];

    public static readonly string[] ContractRegulations = ["ldhtf-sstl-2008.contract.written-first-year"];

    public static readonly string[] ContractLaw = ["ldhtf-2012.contract.part-time-no-probation"];

    public static readonly string[] ShuozhouCampaign = ["shuo-af-2022-3.training.three-posts", "shuo-af-2022-3.training.other-workers"];

    public static readonly string[] ShanxiWorkSafety2024 = ["jin-zf-2024-1.fire.locked-exits"];

    public static readonly string[] OccupationalDiseaseLaw = ["zybfzf-2018.occupational-health.monitoring", "zybfzf-2018.occupational-health.examinations"];

    public static readonly string[] ShanxiOpinions = ["jin-fa-2017-53.occupational-health.monitoring", "jin-fa-2017-53.occupational-health.examinations"];

    public static void Check(EmployerSnapshot snapshot, LocalDate asOf, List<HandWrittenDecision> decisions)
    {
        var accidents = snapshot.Accidents!;
        var workers = snapshot.Workers!.Where(w => w.Start <= asOf && (w.End is null || asOf <= w.End)).ToArray();
        var m = snapshot.Management!;
        var region = snapshot.Enterprise.RegionCode ?? string.Empty;

        // Accidents reported: from each law's first day, to the day before (安全生产法) or the check date.
        var sinceSafetyLaw = accidents.Where(a => a.Date >= DocumentDates.SafetyLaw && a.Date < asOf).ToArray();
        decisions.Add(sinceSafetyLaw.Length == 0 ? NotApplicable(SafetyLaw[0]) : Breaking(SafetyLaw[0], sinceSafetyLaw.Where(a => a.ReportedToAuthority != true).Select(a => a.Id)));
        var fatal = accidents.Where(a => a.Date >= DocumentDates.LabourLaw && a.Date <= asOf && a.Deaths > 0).ToArray();
        decisions.Add(fatal.Length == 0 ? NotApplicable(LabourLaw[0]) : Breaking(LabourLaw[0], fatal.Where(a => a.ReportedToAuthority != true).Select(a => a.Id)));
        var recorded = accidents.Where(a => a.Date >= DocumentDates.AccidentRegulations && a.Date <= asOf).ToArray();
        decisions.Add(recorded.Length == 0 ? NotApplicable(AccidentRegulations[0]) : Breaking(AccidentRegulations[0], recorded.Where(a => a.ReportedToAuthority != true).Select(a => a.Id)));

        // 劳动合同法实施条例 第六条: a written contract from the second month of the first year.
        decisions.Add(asOf >= DocumentDates.ContractRegulations
            ? Breaking(ContractRegulations[0], workers.Where(w => w.Form == EmploymentForm.LaborContract && w.Start!.Value.PlusMonths(1) < asOf && asOf < w.Start.Value.PlusYears(1) && Unsigned(w, asOf)).Select(w => w.Id))
            : NotApplicable(ContractRegulations[0]));

        // 劳动合同法 第七十条: no probation for part-time work begun since the amended law.
        decisions.Add(asOf >= DocumentDates.ContractLaw
            ? Breaking(ContractLaw[0], workers.Where(w => w.Form == EmploymentForm.PartTime && w.Start >= DocumentDates.ContractLaw && w.ProbationEnd?.Date is not null).Select(w => w.Id))
            : NotApplicable(ContractLaw[0]));

        // The Shuozhou campaign's trainings: key staff, then the other workers (outsourced ones left out).
        var shuozhou = region.StartsWith("1406", StringComparison.Ordinal) && asOf >= DocumentDates.ShuozhouCampaign;
        var keyStaff = workers.Where(w => w.Role is WorkerRole.Principal or WorkerRole.SafetyManager).ToArray();
        var others = workers.Where(w => w.Role == WorkerRole.Other && w.Form != EmploymentForm.Outsourced).ToArray();
        decisions.Add(!shuozhou || keyStaff.Length == 0 ? NotApplicable(ShuozhouCampaign[0]) : Breaking(ShuozhouCampaign[0], keyStaff.Where(w => !TrainedBy(w, asOf)).Select(w => w.Id)));
        decisions.Add(!shuozhou || others.Length == 0 ? NotApplicable(ShuozhouCampaign[1]) : Breaking(ShuozhouCampaign[1], others.Where(w => !TrainedBy(w, asOf)).Select(w => w.Id)));

        // 晋政发〔2024〕1号: no exit locked, in Shanxi, in 2024.
        var shanxi = region.StartsWith("14", StringComparison.Ordinal);
        decisions.Add(shanxi && asOf >= DocumentDates.ShanxiWorkSafety2024 && asOf <= DocumentDates.ShanxiWorkSafety2024Until
            ? Breaking(ShanxiWorkSafety2024[0], snapshot.Premises!.Where(p => p.ExitsClosed == true).Select(p => p.Id))
            : NotApplicable(ShanxiWorkSafety2024[0]));

        // 职业病防治法 第二十六条 and 第三十五条, and the Shanxi opinions' three-year examinations.
        var hazards = m.OccupationalHazards == true;
        var occupational = asOf >= DocumentDates.OccupationalDiseaseLaw && hazards;
        var monitored = m.LastHazardMonitoring?.Date;
        var withinOneYear = monitored is { } one && one.PlusYears(1) >= asOf;
        var withinThreeYears = monitored is { } three && three.PlusYears(3) >= asOf;
        var lateForSevere = !withinOneYear && withinThreeYears && m.SevereOccupationalHazards == true;
        decisions.Add(occupational ? Holds(OccupationalDiseaseLaw[0], withinOneYear || (withinThreeYears && !lateForSevere)) : NotApplicable(OccupationalDiseaseLaw[0]));
        var examined = m.LastHealthExaminations?.Date;
        decisions.Add(occupational ? Holds(OccupationalDiseaseLaw[1], examined is not null) : NotApplicable(OccupationalDiseaseLaw[1]));
        var opinions = shanxi && asOf >= DocumentDates.ShanxiOpinions && hazards;
        decisions.Add(opinions
            ? Holds(ShanxiOpinions[0], monitored is { } tested && (tested.PlusMonths(12) >= asOf || (tested.PlusMonths(36) >= asOf && m.SevereOccupationalHazards != true)))
            : NotApplicable(ShanxiOpinions[0]));
        decisions.Add(opinions ? Holds(ShanxiOpinions[1], examined is { } last && last.PlusMonths(36) >= asOf) : NotApplicable(ShanxiOpinions[1]));
    }

    private static bool Unsigned(Worker worker, LocalDate asOf) => worker.ContractSigned?.Date is not { } signed || signed > asOf;

    private static bool TrainedBy(Worker worker, LocalDate date) =>
        worker.Trainings!.Any(t => t.Kind is TrainingKind.Safety or TrainingKind.ThreeLevel or TrainingKind.Refresher or TrainingKind.SpecialOperation && t.Date <= date);
}
