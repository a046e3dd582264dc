namespace ChinaLabour.Compliance.Validation;

/// <summary>The tier of a GB/T 2260 administrative region code.</summary>
internal enum RegionLevel
{
    /// <summary>省级: a province, autonomous region, municipality or special administrative region (xx0000).</summary>
    Province,

    /// <summary>地级: a prefecture-level city, prefecture, autonomous prefecture or league (xxyy00).</summary>
    Prefecture,

    /// <summary>县级: a district, county, county-level city or banner (xxyyzz).</summary>
    County,
}
