namespace Compliance.Snapshots;

/// <summary>The kind of a road vehicle.</summary>
public enum VehicleKind
{
    /// <summary>A long-distance coach (长途客车).</summary>
    LongDistanceCoach,

    /// <summary>A tourist coach (旅游客车).</summary>
    TouristCoach,

    /// <summary>A hazardous-goods vehicle (危险货物运输车辆).</summary>
    HazardousGoods,

    /// <summary>Any other vehicle.</summary>
    Other,
}
