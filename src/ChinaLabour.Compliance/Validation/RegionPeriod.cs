using System.Collections.Generic;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// A span of years in which the Ministry of Civil Affairs' lists carry a GB/T 2260 code under one name and one
/// parent name: one row of gb2260.tsv.
/// </summary>
/// <param name="Name">The name the lists give the code in this period, e.g. 朔城区.</param>
/// <param name="ParentCode">
/// A county's prefecture, or its province when the lists carry no such prefecture in this period; a prefecture's
/// province; null for a province.
/// </param>
/// <param name="Since">The year of the first list in the period (1981, the first list, means "by then").</param>
/// <param name="Until">The year of the first list after the period, so the change happened during that year; null when the latest list carries the code under this name.</param>
/// <param name="Successors">
/// The codes the period's area went to, as the source gives them: for a period that ended, the codes that took
/// it over (the code itself when it carried on under another name; empty when the source names none, as for
/// a renamed prefecture); for both, codes that received part of the area in an earlier year, with that year.
/// </param>
/// <param name="NameInWords">
/// The name as written after a province in an address, with the parent's name of the same period: prefecture and
/// county for a county (朔州市朔城区), province and county for a county directly under a province or municipality
/// (北京市东城区, 湖北省仙桃市), province and prefecture for a prefecture (山西省朔州市), the name alone for a province.
/// </param>
/// <param name="FullName">The whole path from the province down, with the names of the same period, e.g. 山西省忻州地区忻州市 (1983-2000).</param>
/// <remarks>Equality compares <see cref="Successors"/> by reference; compare periods field by field.</remarks>
internal sealed record RegionPeriod(
    string Name,
    string? ParentCode,
    int Since,
    int? Until,
    IReadOnlyList<RegionSuccessor> Successors,
    string NameInWords,
    string FullName)
{
    /// <summary>True when the latest list carries the code under this period's name.</summary>
    public bool IsCurrent => Until is null;

    /// <summary>True when <paramref name="year"/>'s list carries the code in this period.</summary>
    /// <param name="year">A year.</param>
    /// <returns><see cref="Since"/> ≤ year, and year &lt; <see cref="Until"/> when the period ended.</returns>
    public bool IsInUseIn(int year) => Since <= year && (Until is null || year < Until);
}
