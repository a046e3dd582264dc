namespace ChinaLabour.Compliance.Snapshots;

/// <summary>What the employer's safety management records show: bodies, staff, systems, plans and dates.</summary>
public sealed record Management
{
    /// <summary>Whether a safety management body (安全生产管理机构) is set up.</summary>
    [Names("设置安全生产管理机构", "安全生产管理机构")]
    public bool? SafetyManagementBody { get; init; }

    /// <summary>Full-time safety management staff (专职安全生产管理人员).</summary>
    [Names("专职安全生产管理人员数", "安全管理人员数")]
    public int? SafetyStaff { get; init; }

    /// <summary>Whether a safety director (安全总监) is appointed.</summary>
    [Names("配备安全总监", "安全总监")]
    public bool? SafetyDirector { get; init; }

    /// <summary>Registered safety engineers (注册安全工程师) engaged in safety management.</summary>
    [Names("注册安全工程师人数", "注册安全工程师")]
    public int? RegisteredSafetyEngineers { get; init; }

    /// <summary>Whether an all-staff work-safety responsibility system (全员安全生产责任制) covers every post.</summary>
    [Names("全员安全生产责任制", "安全生产责任制")]
    public bool? ResponsibilitySystem { get; init; }

    /// <summary>Whether safety management rules and operating procedures are in place.</summary>
    [Names("安全生产规章制度和操作规程", "规章制度和操作规程")]
    public bool? RulesAndProcedures { get; init; }

    /// <summary>Whether a dangerous-post list (危险岗位清单) is kept.</summary>
    [Names("危险岗位清单")]
    public bool? DangerousPostList { get; init; }

    /// <summary>Whether a management system for dispatched and flexible workers is in place.</summary>
    [Names("劳务派遣和灵活用工安全管理制度", "派遣用工管理制度")]
    public bool? DispatchManagementSystem { get; init; }

    /// <summary>Whether an emergency rescue plan (应急救援预案) is in place.</summary>
    [Names("应急预案")]
    public bool? EmergencyPlan { get; init; }

    /// <summary>When the emergency plan was last revised; <c>none</c> when it has never been revised.</summary>
    [Names("应急预案修订日期")]
    public DateOrNone? EmergencyPlanRevised { get; init; }

    /// <summary>When the last emergency drill was held; <c>none</c> when no drill has been held.</summary>
    [Names("最近应急演练日期", "应急演练日期")]
    public DateOrNone? LastDrill { get; init; }

    /// <summary>Whether safety risks are graded and controlled (风险分级管控).</summary>
    [Names("安全风险分级管控", "风险分级管控")]
    public bool? RiskGrading { get; init; }

    /// <summary>Whether a hidden-danger investigation and rectification system (隐患排查治理) is in place.</summary>
    [Names("隐患排查治理制度")]
    public bool? HiddenDangerSystem { get; init; }

    /// <summary>Whether a reporting telephone or mailbox is published.</summary>
    [Names("举报渠道", "事故隐患举报渠道")]
    public bool? ReportingChannel { get; init; }

    /// <summary>Whether an internal whistle-blower system (内部举报制度) is in place.</summary>
    [Names("内部举报制度", "举报人保护制度")]
    public bool? WhistleblowerSystem { get; init; }

    /// <summary>Whether rewards for reports of hidden dangers are in place.</summary>
    [Names("举报奖励制度")]
    public bool? ReportRewardScheme { get; init; }

    /// <summary>Work-safety standardisation grade: 1, 2 or 3; 0 for none.</summary>
    [Names("标准化等级", "安全生产标准化等级")]
    public int? StandardisationLevel { get; init; }

    /// <summary>Whether standardisation is being created when no grade is held.</summary>
    [Names("正在开展标准化建设", "标准化建设中")]
    public bool? StandardisationInProgress { get; init; }

    /// <summary>Whether the enterprise is above designated size (规模以上).</summary>
    [Names("规模以上", "规上企业")]
    public bool? AboveDesignatedSize { get; init; }

    /// <summary>
    /// Whether it involves hazardous goods (hazardous chemicals, explosives, fireworks) in any way, using them included
    /// (an LPG-fired kitchen); the four fields below say whether it produces, trades, stores or loads them.
    /// </summary>
    [Names("涉及危险物品", "危险物品")]
    public bool? HazardousGoods { get; init; }

    /// <summary>Whether it produces hazardous goods (危险物品的生产单位).</summary>
    [Names("生产危险物品", "危险物品生产")]
    public bool? ProducesHazardousGoods { get; init; }

    /// <summary>Whether it trades in hazardous goods (危险物品的经营单位).</summary>
    [Names("经营危险物品", "危险物品经营")]
    public bool? TradesHazardousGoods { get; init; }

    /// <summary>Whether it stores hazardous goods (危险物品的储存单位).</summary>
    [Names("储存危险物品", "危险物品储存")]
    public bool? StoresHazardousGoods { get; init; }

    /// <summary>Whether it loads and unloads hazardous goods (危险物品的装卸单位).</summary>
    [Names("装卸危险物品", "危险物品装卸")]
    public bool? LoadsHazardousGoods { get; init; }

    /// <summary>Whether it runs a metal-smelting process (金属冶炼), as opposed to rolling or processing metal only.</summary>
    [Names("金属冶炼", "涉及金属冶炼")]
    public bool? MetalSmelting { get; init; }

    /// <summary>Whether a training archive (培训档案) per worker is kept.</summary>
    [Names("安全培训档案", "培训档案")]
    public bool? TrainingArchive { get; init; }

    /// <summary>Whether any post is exposed to occupational-disease hazards.</summary>
    [Names("存在职业病危害", "职业病危害")]
    public bool? OccupationalHazards { get; init; }

    /// <summary>Whether those hazards are severe (职业病危害严重).</summary>
    [Names("职业病危害严重", "严重职业病危害")]
    public bool? SevereOccupationalHazards { get; init; }

    /// <summary>Whether an occupational-health management body or staff is in place.</summary>
    [Names("职业卫生管理机构")]
    public bool? OccupationalHealthBody { get; init; }

    /// <summary>Whether workers are told of occupational-disease hazards (告知).</summary>
    [Names("职业病危害告知", "危害告知")]
    public bool? HazardNotification { get; init; }

    /// <summary>When occupational-disease hazard factors were last tested; <c>none</c> when they never have been.</summary>
    [Names("最近职业病危害检测日期", "危害检测日期")]
    public DateOrNone? LastHazardMonitoring { get; init; }

    /// <summary>When occupational health examinations were last held; <c>none</c> when they never have been.</summary>
    [Names("最近职业健康检查日期", "职业健康检查日期")]
    public DateOrNone? LastHealthExaminations { get; init; }

    /// <summary>Safety production costs required to be extracted in the last full year (yuan).</summary>
    [Names("应提取安全生产费用", "应提安全费用")]
    public decimal? SafetyCostRequired { get; init; }

    /// <summary>Safety production costs extracted in the last full year (yuan).</summary>
    [Names("实际提取安全生产费用", "实提安全费用")]
    public decimal? SafetyCostExtracted { get; init; }
}
