namespace ChinaLabour.Compliance.Snapshots;

/// <summary>What a training was, in the categories the training rules name.</summary>
public enum TrainingKind
{
    /// <summary>Work-safety education and training (安全生产教育和培训), pre-job training included.</summary>
    [Names("安全培训", "安全生产教育和培训", "岗前安全培训", "安全教育", "安全生产培训")]
    Safety,

    /// <summary>The three-level safety education of a new worker (三级安全教育: company, workshop, team).</summary>
    [Names("三级安全教育", "三级教育", "three level")]
    ThreeLevel,

    /// <summary>Annual or periodic re-training (年度再培训).</summary>
    [Names("年度再培训", "再培训", "复训", "年度安全培训")]
    Refresher,

    /// <summary>The special safety training of a special-operation worker (特种作业人员安全技术培训).</summary>
    [Names("特种作业培训", "特种作业人员培训", "安全作业培训", "special operation")]
    SpecialOperation,

    /// <summary>Occupational-health training (职业卫生培训).</summary>
    [Names("职业卫生培训", "职业健康培训", "occupational health")]
    OccupationalHealth,

    /// <summary>Fire-safety training (消防安全培训).</summary>
    [Names("消防培训", "消防安全培训")]
    Fire,

    /// <summary>Any other training.</summary>
    [Names("其他", "其他培训")]
    Other,
}
