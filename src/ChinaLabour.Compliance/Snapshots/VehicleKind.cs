namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The kind of a road vehicle.</summary>
public enum VehicleKind
{
    /// <summary>A long-distance coach (长途客车).</summary>
    [Names("长途客车", "长途客运", "长途客运车辆")]
    LongDistanceCoach,

    /// <summary>A tourist coach (旅游客车).</summary>
    [Names("旅游客车", "旅游包车", "旅游客运车辆")]
    TouristCoach,

    /// <summary>A hazardous-goods vehicle (危险货物运输车辆).</summary>
    [Names("危险货物运输车辆", "危险货物", "危货车辆", "危化品运输车")]
    HazardousGoods,

    /// <summary>Any other vehicle.</summary>
    [Names("其他")]
    Other,
}
