using NodaTime;

namespace Compliance.Snapshots;

/// <summary>What the employer's safety management records show: bodies, staff, systems, plans and dates.</summary>
public sealed record Management
{
    /// <summary>Whether a safety management body (安全生产管理机构) is set up.</summary>
    public bool? SafetyManagementBody { get; init; }

    /// <summary>Full-time safety management staff (专职安全生产管理人员).</summary>
    public int? SafetyStaff { get; init; }

    /// <summary>Whether a safety director (安全总监) is appointed.</summary>
    public bool? SafetyDirector { get; init; }

    /// <summary>Registered safety engineers (注册安全工程师) engaged in safety management.</summary>
    public int? RegisteredSafetyEngineers { get; init; }

    /// <summary>Whether an all-staff work-safety responsibility system (全员安全生产责任制) covers every post.</summary>
    public bool? ResponsibilitySystem { get; init; }

    /// <summary>Whether safety management rules and operating procedures are in place.</summary>
    public bool? RulesAndProcedures { get; init; }

    /// <summary>Whether a dangerous-post list (危险岗位清单) is kept.</summary>
    public bool? DangerousPostList { get; init; }

    /// <summary>Whether a management system for dispatched and flexible workers is in place.</summary>
    public bool? DispatchManagementSystem { get; init; }

    /// <summary>Whether an emergency rescue plan (应急救援预案) is in place.</summary>
    public bool? EmergencyPlan { get; init; }

    /// <summary>When the emergency plan was last revised.</summary>
    public LocalDate? EmergencyPlanRevised { get; init; }

    /// <summary>When the last emergency drill was held.</summary>
    public LocalDate? LastDrill { get; init; }

    /// <summary>Whether safety risks are graded and controlled (风险分级管控).</summary>
    public bool? RiskGrading { get; init; }

    /// <summary>Whether a hidden-danger investigation and rectification system (隐患排查治理) is in place.</summary>
    public bool? HiddenDangerSystem { get; init; }

    /// <summary>Whether a reporting telephone or mailbox is published.</summary>
    public bool? ReportingChannel { get; init; }

    /// <summary>Whether an internal whistle-blower system (内部举报制度) is in place.</summary>
    public bool? WhistleblowerSystem { get; init; }

    /// <summary>Whether rewards for reports of hidden dangers are in place.</summary>
    public bool? ReportRewardScheme { get; init; }

    /// <summary>Work-safety standardisation grade: 1, 2 or 3; 0 for none.</summary>
    public int? StandardisationLevel { get; init; }

    /// <summary>Whether standardisation is being created when no grade is held.</summary>
    public bool? StandardisationInProgress { get; init; }

    /// <summary>Whether the enterprise is above designated size (规模以上).</summary>
    public bool? AboveDesignatedSize { get; init; }

    /// <summary>Whether it produces, trades, stores or handles hazardous chemicals, explosives or fireworks.</summary>
    public bool? HazardousGoods { get; init; }

    /// <summary>Whether a training archive (培训档案) per worker is kept.</summary>
    public bool? TrainingArchive { get; init; }

    /// <summary>Whether any post is exposed to occupational-disease hazards.</summary>
    public bool? OccupationalHazards { get; init; }

    /// <summary>Whether an occupational-health management body or staff is in place.</summary>
    public bool? OccupationalHealthBody { get; init; }

    /// <summary>Whether workers are told of occupational-disease hazards (告知).</summary>
    public bool? HazardNotification { get; init; }

    /// <summary>When occupational-disease hazard factors were last tested.</summary>
    public LocalDate? LastHazardMonitoring { get; init; }

    /// <summary>When occupational health examinations were last held.</summary>
    public LocalDate? LastHealthExaminations { get; init; }

    /// <summary>Safety production costs required to be extracted in the last full year (yuan).</summary>
    public decimal? SafetyCostRequired { get; init; }

    /// <summary>Safety production costs extracted in the last full year (yuan).</summary>
    public decimal? SafetyCostExtracted { get; init; }
}
