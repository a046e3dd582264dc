namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The employer's identity and the codes that decide which rules apply to it.</summary>
public sealed record Enterprise
{
    /// <summary>The caller's identifier for the employer; the only required fact.</summary>
    [Names("employerId", "企业编号", "单位编号")]
    public required string Id { get; init; }

    /// <summary>Registered name.</summary>
    [Names("企业名称", "单位名称")]
    public string? Name { get; init; }

    /// <summary>Unified social credit code (统一社会信用代码), 18 characters.</summary>
    [Names("统一社会信用代码", "信用代码")]
    [Code]
    public string? CreditCode { get; init; }

    /// <summary>GB/T 2260 administrative division code of where the employer operates, six digits (e.g. <c>140602</c>).</summary>
    [Names("行政区划代码", "区划代码", "地区代码")]
    [Code]
    public string? RegionCode { get; init; }

    /// <summary>GB/T 4754-2017 industry code, two to four digits (e.g. <c>0610</c>).</summary>
    [Names("行业代码", "国民经济行业代码", "行业分类代码")]
    [Code]
    public string? IndustryCode { get; init; }

    /// <summary>The enterprise's size class under the statistics bureau's 大中小微型企业划分办法.</summary>
    [Names("企业规模", "规模")]
    public EnterpriseScale? Scale { get; init; }

    /// <summary>Whether the employer operates in civil air-defence works (人防工程).</summary>
    [Names("是否在人防工程内经营", "人防工程内经营", "人防工程")]
    public bool? InCivilAirDefenceWorks { get; init; }
}
