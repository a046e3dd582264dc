using System.Collections.Generic;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// One GB/T 2260 administrative region code, current or retired, from <see cref="RegionCodes"/>, with its history:
/// the periods in which the Ministry of Civil Affairs' yearly lists carried it.
/// </summary>
/// <remarks>
/// <para>
/// Most codes have one period. A code has several when it carried on under another name (130503 桥西区, then
/// 信都区 from 2020), when its prefecture was renamed (a county of 忻县地区 became one of 忻州地区 in 1983), or when
/// it was given up and later used again, for the same place or for another (511402: 涪陵市枳城区 1995-1997, 眉山市东坡区
/// since 2000). The flat properties (<see cref="Name"/>, <see cref="NameInWords"/>, <see cref="FullName"/>,
/// <see cref="ParentCode"/>, <see cref="Until"/>, <see cref="Successors"/>) are those of the latest period; a retired
/// code's names are therefore the ones it had when it was last in use, not its area's later names.
/// </para>
/// <para>
/// Years are those of the lists, each as of 31 December: a code in use <em>since</em> 1990 is in the list of
/// 1990 and not in that of 1989 (for 1981, the first list: in use by then); a code in use <em>until</em> 2010 is in
/// the list of 2009 and not in that of 2010, so it was given up during 2010.
/// </para>
/// </remarks>
internal sealed class Region
{
    /// <summary>Creates a region from its periods.</summary>
    /// <param name="code">The six-digit code.</param>
    /// <param name="level">Its level, from the shape of the code.</param>
    /// <param name="periods">At least one; oldest first, not overlapping; only the last may be current.</param>
    public Region(string code, RegionLevel level, IReadOnlyList<RegionPeriod> periods)
    {
        Code = code;
        Level = level;
        Periods = periods;
    }

    /// <summary>The six-digit code.</summary>
    public string Code { get; }

    /// <summary>Province, prefecture or county level, from the shape of the code.</summary>
    public RegionLevel Level { get; }

    /// <summary>The periods the code was in use, oldest first; they do not overlap, and only the last can be current.</summary>
    public IReadOnlyList<RegionPeriod> Periods { get; }

    /// <summary>The latest period: the current one for a current code.</summary>
    public RegionPeriod Latest => Periods[^1];

    /// <summary>True when the latest list carries the code.</summary>
    public bool IsCurrent => Latest.IsCurrent;

    /// <summary>The latest name, e.g. 朔城区; for a retired code the name it had when it was last in use.</summary>
    public string Name => Latest.Name;

    /// <summary>
    /// The code the region hangs off in its latest period: a county's prefecture, or its province when there was
    /// no such prefecture (the districts of the municipalities 11, 12, 31 and 50, and county-level units directly
    /// under a province, xx90yy); a prefecture's province; null for a province.
    /// </summary>
    public string? ParentCode => Latest.ParentCode;

    /// <summary>The name as written after a province in an address, in the latest period; see <see cref="RegionPeriod.NameInWords"/>.</summary>
    public string NameInWords => Latest.NameInWords;

    /// <summary>The whole path from the province down in the latest period, e.g. 山西省朔州市朔城区.</summary>
    public string FullName => Latest.FullName;

    /// <summary>The year of the first list that carries the code (1981: in use by then, perhaps earlier).</summary>
    /// <remarks>The first period may have been another place's (see <see cref="Periods"/>).</remarks>
    public int Since => Periods[0].Since;

    /// <summary>The year the code was given up (the first list without it); null for a current code.</summary>
    public int? Until => Latest.Until;

    /// <summary>
    /// The codes the area went to, in the latest period; see <see cref="RegionPeriod.Successors"/>. For a retired
    /// code, those whose <see cref="RegionSuccessor.Year"/> is <see cref="Until"/> replaced it.
    /// </summary>
    public IReadOnlyList<RegionSuccessor> Successors => Latest.Successors;

    /// <summary>The period in use in <paramref name="year"/>'s list, if any.</summary>
    /// <param name="year">A year, e.g. of an ID number's issue.</param>
    /// <returns>The period, or null when that year's list does not carry the code.</returns>
    public RegionPeriod? PeriodIn(int year)
    {
        foreach (var period in Periods)
        {
            if (period.IsInUseIn(year))
            {
                return period;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {FullName}{(IsCurrent ? string.Empty : $" (until {Until})")}";
}
