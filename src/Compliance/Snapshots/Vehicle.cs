namespace Compliance.Snapshots;

/// <summary>A road vehicle the employer operates.</summary>
public sealed record Vehicle
{
    /// <summary>The caller's identifier, e.g. the plate.</summary>
    public required string Id { get; init; }

    /// <summary>Long-distance coach, tourist coach, hazardous-goods vehicle or other.</summary>
    public VehicleKind? Kind { get; init; }

    /// <summary>Whether an intelligent video monitoring and alarm device is fitted.</summary>
    public bool? VideoAlarm { get; init; }

    /// <summary>Whether an anti-collision device is fitted.</summary>
    public bool? AntiCollision { get; init; }
}
