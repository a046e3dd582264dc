namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A mine the employer operates.</summary>
public sealed record Mine
{
    /// <summary>The caller's identifier for the mine.</summary>
    [Names("mineId", "矿山编号", "矿井编号")]
    public required string Id { get; init; }

    /// <summary>Name of the mine.</summary>
    [Names("矿山名称", "矿井名称")]
    public string? Name { get; init; }

    /// <summary>Coal or non-coal mine.</summary>
    [Names("矿山类别", "矿种")]
    public MineKind? Kind { get; init; }

    /// <summary>Whether the mine works underground (井工) rather than open-pit.</summary>
    [Names("地下开采", "井工", "是否地下开采")]
    public bool? Underground { get; init; }

    /// <summary>Approved production capacity in million tonnes a year.</summary>
    [Names("核定生产能力万吨每年", "生产能力百万吨每年", "生产能力")]
    public decimal? CapacityMtPerYear { get; init; }

    /// <summary>Whether the mine has severe disaster hazards (灾害严重).</summary>
    [Names("灾害严重", "重大灾害")]
    public bool? SevereHazards { get; init; }

    /// <summary>Levels of management between the group and the mine (管理层级).</summary>
    [Names("管理层级", "管理层级数")]
    public int? ManagementLevels { get; init; }

    /// <summary>Whether intelligent retrofit (智能化改造) has started.</summary>
    [Names("已开展智能化改造", "智能化改造")]
    public bool? IntelligentRetrofitStarted { get; init; }

    /// <summary>Safety standardisation grade: 1, 2 or 3; 0 for none.</summary>
    [Names("标准化等级", "矿山标准化等级")]
    public int? StandardisationLevel { get; init; }

    /// <summary>Whether a mine leader went underground with every shift (矿领导带班下井) in the last month of records.</summary>
    [Names("每班有矿领导带班", "领导带班")]
    public bool? LeaderOnEveryShift { get; init; }

    /// <summary>Whether working faces are under video monitoring (“无视频不作业”).</summary>
    [Names("视频监控", "井下视频监控")]
    public bool? VideoMonitoring { get; init; }

    /// <summary>Whether output exceeded approved capacity (超能力生产).</summary>
    [Names("超能力生产")]
    public bool? ProducingBeyondCapacity { get; init; }

    /// <summary>Working faces not reported to the authority (隐蔽工作面).</summary>
    [Names("隐蔽工作面数", "隐蔽工作面")]
    public int? HiddenWorkingFaces { get; init; }
}
