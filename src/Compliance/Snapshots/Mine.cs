namespace Compliance.Snapshots;

/// <summary>A mine the employer operates.</summary>
public sealed record Mine
{
    /// <summary>The caller's identifier for the mine.</summary>
    public required string Id { get; init; }

    /// <summary>Name of the mine.</summary>
    public string? Name { get; init; }

    /// <summary>Coal or non-coal mine.</summary>
    public MineKind? Kind { get; init; }

    /// <summary>Whether the mine works underground (井工) rather than open-pit.</summary>
    public bool? Underground { get; init; }

    /// <summary>Approved production capacity in million tonnes a year.</summary>
    public decimal? CapacityMtPerYear { get; init; }

    /// <summary>Whether the mine has severe disaster hazards (灾害严重).</summary>
    public bool? SevereHazards { get; init; }

    /// <summary>Levels of management between the group and the mine (管理层级).</summary>
    public int? ManagementLevels { get; init; }

    /// <summary>Whether intelligent retrofit (智能化改造) has started.</summary>
    public bool? IntelligentRetrofitStarted { get; init; }

    /// <summary>Safety standardisation grade: 1, 2 or 3; 0 for none.</summary>
    public int? StandardisationLevel { get; init; }

    /// <summary>Whether a mine leader went underground with every shift (矿领导带班下井) in the last month of records.</summary>
    public bool? LeaderOnEveryShift { get; init; }

    /// <summary>Whether working faces are under video monitoring (“无视频不作业”).</summary>
    public bool? VideoMonitoring { get; init; }

    /// <summary>Whether output exceeded approved capacity (超能力生产).</summary>
    public bool? ProducingBeyondCapacity { get; init; }

    /// <summary>Working faces not reported to the authority (隐蔽工作面).</summary>
    public int? HiddenWorkingFaces { get; init; }
}
