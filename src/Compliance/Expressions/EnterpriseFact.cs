using Compliance.Checking;
using Compliance.Snapshots;

namespace Compliance.Expressions;

/// <summary>The employer as rule expressions see it (<c>enterprise</c>).</summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class EnterpriseFact
{
    private readonly Enterprise _enterprise;

    internal EnterpriseFact(Enterprise enterprise) => _enterprise = enterprise;

    /// <summary>The employer's identifier.</summary>
    public string Id => _enterprise.Id;

    /// <summary>GB/T 2260 region code.</summary>
    public string RegionCode => _enterprise.RegionCode ?? EvaluationScope.Missing("enterprise.regionCode", string.Empty);

    /// <summary>GB/T 4754-2017 industry code.</summary>
    public string IndustryCode => _enterprise.IndustryCode ?? EvaluationScope.Missing("enterprise.industryCode", string.Empty);

    /// <summary>Whether the employer operates in civil air-defence works.</summary>
    public bool InCivilAirDefenceWorks => _enterprise.InCivilAirDefenceWorks ?? EvaluationScope.Missing("enterprise.inCivilAirDefenceWorks", false);
}
