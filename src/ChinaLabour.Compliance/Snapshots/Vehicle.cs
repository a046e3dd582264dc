using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A road vehicle the employer operates.</summary>
public sealed record Vehicle
{
    /// <summary>The caller's identifier, e.g. the plate.</summary>
    [Names("vehicleId", "车辆编号", "车牌号")]
    public required string Id { get; init; }

    /// <summary>
    /// First day the vehicle was put into service (投入营运): clauses that bind new vehicles and only urge the retrofit of
    /// those already running turn on it.
    /// </summary>
    [Names("投入营运日期", "营运日期")]
    public LocalDate? InServiceSince { get; init; }

    /// <summary>Long-distance coach, tourist coach, hazardous-goods vehicle or other.</summary>
    [Names("车辆类别", "车辆类型")]
    public VehicleKind? Kind { get; init; }

    /// <summary>Whether an intelligent video monitoring and alarm device is fitted.</summary>
    [Names("智能视频监控报警", "视频报警装置")]
    public bool? VideoAlarm { get; init; }

    /// <summary>Whether an anti-collision device is fitted.</summary>
    [Names("防碰撞", "防碰撞装置")]
    public bool? AntiCollision { get; init; }
}
