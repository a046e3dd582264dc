namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A place the employer operates in.</summary>
public sealed record Premises
{
    /// <summary>The caller's identifier for the premises.</summary>
    [Names("premisesId", "场所编号")]
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    [Names("场所名称")]
    public string? Name { get; init; }

    /// <summary>Whether it is inside a civil air-defence work (人防工程).</summary>
    [Names("位于人防工程", "人防工程")]
    public bool? InCivilAirDefenceWork { get; init; }

    /// <summary>Whether food is cooked or served there.</summary>
    [Names("餐饮", "餐饮场所")]
    public bool? Catering { get; init; }

    /// <summary>Whether combustible gas is used there.</summary>
    [Names("使用燃气", "燃气")]
    public bool? UsesGas { get; init; }

    /// <summary>Whether combustible-gas alarms are installed.</summary>
    [Names("燃气报警装置", "可燃气体报警装置")]
    public bool? GasAlarm { get; init; }

    /// <summary>Whether the combustible-gas alarms are in working order (完好有效) on the last inspection.</summary>
    [Names("燃气报警装置完好", "报警装置完好有效")]
    public bool? GasAlarmWorking { get; init; }

    /// <summary>Whether any safety exit or evacuation route is closed or locked.</summary>
    [Names("安全出口封闭", "出口封闭")]
    public bool? ExitsClosed { get; init; }

    /// <summary>Whether it is a self-built house (自建房).</summary>
    [Names("自建房")]
    public bool? SelfBuiltHouse { get; init; }

    /// <summary>Whether it is used for business.</summary>
    [Names("用于经营", "经营用途")]
    public bool? BusinessUse { get; init; }

    /// <summary>Whether the building has its approval (审批手续).</summary>
    [Names("建设审批手续", "规划建设审批")]
    public bool? BuildingApproval { get; init; }

    /// <summary>Whether it holds a house safety appraisal certificate (房屋安全鉴定合格证明).</summary>
    [Names("房屋安全鉴定", "安全鉴定")]
    public bool? SafetyAppraisal { get; init; }

    /// <summary>Whether fire facilities are complete and working.</summary>
    [Names("消防设施完好", "消防设施")]
    public bool? FireFacilitiesIntact { get; init; }
}
