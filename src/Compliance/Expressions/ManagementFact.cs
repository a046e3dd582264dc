using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>The employer's safety management records, as rule expressions see them (<c>management</c>).</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class ManagementFact
{
    private readonly Management _record;

    internal ManagementFact(Management record) => _record = record;

    /// <summary>Whether a safety management body (安全生产管理机构) is set up.</summary>
    public bool SafetyManagementBody => _record.SafetyManagementBody ?? EvaluationScope.Missing("management.safetyManagementBody", false);

    /// <summary>Full-time safety management staff (专职安全生产管理人员).</summary>
    public int SafetyStaff => _record.SafetyStaff ?? EvaluationScope.Missing("management.safetyStaff", 0);

    /// <summary>Whether a safety director (安全总监) is appointed.</summary>
    public bool SafetyDirector => _record.SafetyDirector ?? EvaluationScope.Missing("management.safetyDirector", false);

    /// <summary>Registered safety engineers (注册安全工程师) engaged in safety management.</summary>
    public int RegisteredSafetyEngineers => _record.RegisteredSafetyEngineers ?? EvaluationScope.Missing("management.registeredSafetyEngineers", 0);

    /// <summary>Whether an all-staff work-safety responsibility system (全员安全生产责任制) covers every post.</summary>
    public bool ResponsibilitySystem => _record.ResponsibilitySystem ?? EvaluationScope.Missing("management.responsibilitySystem", false);

    /// <summary>Whether safety management rules and operating procedures are in place.</summary>
    public bool RulesAndProcedures => _record.RulesAndProcedures ?? EvaluationScope.Missing("management.rulesAndProcedures", false);

    /// <summary>Whether a dangerous-post list (危险岗位清单) is kept.</summary>
    public bool DangerousPostList => _record.DangerousPostList ?? EvaluationScope.Missing("management.dangerousPostList", false);

    /// <summary>Whether a management system for dispatched and flexible workers is in place.</summary>
    public bool DispatchManagementSystem => _record.DispatchManagementSystem ?? EvaluationScope.Missing("management.dispatchManagementSystem", false);

    /// <summary>Whether an emergency rescue plan (应急救援预案) is in place.</summary>
    public bool EmergencyPlan => _record.EmergencyPlan ?? EvaluationScope.Missing("management.emergencyPlan", false);

    /// <summary>Whether <see cref="EmergencyPlanRevised"/> is given.</summary>
    public bool HasEmergencyPlanRevised => _record.EmergencyPlanRevised.HasValue;

    /// <summary>When the emergency plan was last revised. Read it only when <see cref="HasEmergencyPlanRevised"/> is true.</summary>
    public LocalDate EmergencyPlanRevised => _record.EmergencyPlanRevised ?? EvaluationScope.Missing("management.emergencyPlanRevised", LocalDate.MinIsoValue);

    /// <summary>Whether <see cref="LastDrill"/> is given.</summary>
    public bool HasLastDrill => _record.LastDrill.HasValue;

    /// <summary>When the last emergency drill was held. Read it only when <see cref="HasLastDrill"/> is true.</summary>
    public LocalDate LastDrill => _record.LastDrill ?? EvaluationScope.Missing("management.lastDrill", LocalDate.MinIsoValue);

    /// <summary>Whether safety risks are graded and controlled (风险分级管控).</summary>
    public bool RiskGrading => _record.RiskGrading ?? EvaluationScope.Missing("management.riskGrading", false);

    /// <summary>Whether a hidden-danger investigation and rectification system (隐患排查治理) is in place.</summary>
    public bool HiddenDangerSystem => _record.HiddenDangerSystem ?? EvaluationScope.Missing("management.hiddenDangerSystem", false);

    /// <summary>Whether a reporting telephone or mailbox is published.</summary>
    public bool ReportingChannel => _record.ReportingChannel ?? EvaluationScope.Missing("management.reportingChannel", false);

    /// <summary>Whether an internal whistle-blower system (内部举报制度) is in place.</summary>
    public bool WhistleblowerSystem => _record.WhistleblowerSystem ?? EvaluationScope.Missing("management.whistleblowerSystem", false);

    /// <summary>Whether rewards for reports of hidden dangers are in place.</summary>
    public bool ReportRewardScheme => _record.ReportRewardScheme ?? EvaluationScope.Missing("management.reportRewardScheme", false);

    /// <summary>Work-safety standardisation grade: 1, 2 or 3; 0 for none.</summary>
    public int StandardisationLevel => _record.StandardisationLevel ?? EvaluationScope.Missing("management.standardisationLevel", 0);

    /// <summary>Whether standardisation is being created when no grade is held.</summary>
    public bool StandardisationInProgress => _record.StandardisationInProgress ?? EvaluationScope.Missing("management.standardisationInProgress", false);

    /// <summary>Whether the enterprise is above designated size (规模以上).</summary>
    public bool AboveDesignatedSize => _record.AboveDesignatedSize ?? EvaluationScope.Missing("management.aboveDesignatedSize", false);

    /// <summary>Whether it produces, trades, stores or handles hazardous chemicals, explosives or fireworks.</summary>
    public bool HazardousGoods => _record.HazardousGoods ?? EvaluationScope.Missing("management.hazardousGoods", false);

    /// <summary>Whether a training archive (培训档案) per worker is kept.</summary>
    public bool TrainingArchive => _record.TrainingArchive ?? EvaluationScope.Missing("management.trainingArchive", false);

    /// <summary>Whether any post is exposed to occupational-disease hazards.</summary>
    public bool OccupationalHazards => _record.OccupationalHazards ?? EvaluationScope.Missing("management.occupationalHazards", false);

    /// <summary>Whether an occupational-health management body or staff is in place.</summary>
    public bool OccupationalHealthBody => _record.OccupationalHealthBody ?? EvaluationScope.Missing("management.occupationalHealthBody", false);

    /// <summary>Whether workers are told of occupational-disease hazards (告知).</summary>
    public bool HazardNotification => _record.HazardNotification ?? EvaluationScope.Missing("management.hazardNotification", false);

    /// <summary>Whether <see cref="LastHazardMonitoring"/> is given.</summary>
    public bool HasLastHazardMonitoring => _record.LastHazardMonitoring.HasValue;

    /// <summary>When occupational-disease hazard factors were last tested. Read it only when <see cref="HasLastHazardMonitoring"/> is true.</summary>
    public LocalDate LastHazardMonitoring => _record.LastHazardMonitoring ?? EvaluationScope.Missing("management.lastHazardMonitoring", LocalDate.MinIsoValue);

    /// <summary>Whether <see cref="LastHealthExaminations"/> is given.</summary>
    public bool HasLastHealthExaminations => _record.LastHealthExaminations.HasValue;

    /// <summary>When occupational health examinations were last held. Read it only when <see cref="HasLastHealthExaminations"/> is true.</summary>
    public LocalDate LastHealthExaminations => _record.LastHealthExaminations ?? EvaluationScope.Missing("management.lastHealthExaminations", LocalDate.MinIsoValue);

    /// <summary>Safety production costs required to be extracted in the last full year (yuan).</summary>
    public decimal SafetyCostRequired => _record.SafetyCostRequired ?? EvaluationScope.Missing("management.safetyCostRequired", 0m);

    /// <summary>Safety production costs extracted in the last full year (yuan).</summary>
    public decimal SafetyCostExtracted => _record.SafetyCostExtracted ?? EvaluationScope.Missing("management.safetyCostExtracted", 0m);
}
