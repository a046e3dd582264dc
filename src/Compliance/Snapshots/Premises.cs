namespace Compliance.Snapshots;

/// <summary>A place the employer operates in.</summary>
public sealed record Premises
{
    /// <summary>The caller's identifier for the premises.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether it is inside a civil air-defence work (人防工程).</summary>
    public bool? InCivilAirDefenceWork { get; init; }

    /// <summary>Whether food is cooked or served there.</summary>
    public bool? Catering { get; init; }

    /// <summary>Whether combustible gas is used there.</summary>
    public bool? UsesGas { get; init; }

    /// <summary>Whether combustible-gas alarms are installed.</summary>
    public bool? GasAlarm { get; init; }

    /// <summary>Whether any safety exit or evacuation route is closed or locked.</summary>
    public bool? ExitsClosed { get; init; }

    /// <summary>Whether it is a self-built house (自建房).</summary>
    public bool? SelfBuiltHouse { get; init; }

    /// <summary>Whether it is used for business.</summary>
    public bool? BusinessUse { get; init; }

    /// <summary>Whether the building has its approval (审批手续).</summary>
    public bool? BuildingApproval { get; init; }

    /// <summary>Whether it holds a house safety appraisal certificate (房屋安全鉴定合格证明).</summary>
    public bool? SafetyAppraisal { get; init; }

    /// <summary>Whether fire facilities are complete and working.</summary>
    public bool? FireFacilitiesIntact { get; init; }
}
