namespace Compliance.Validation;

/// <summary>One GB/T 2260 administrative region code, current or retired, from <see cref="RegionCodes"/>.</summary>
/// <param name="Code">The six-digit code.</param>
/// <param name="Name">The name the latest list that carries the code gives it, e.g. 朔城区.</param>
/// <param name="Level">Province, prefecture or county level, from the shape of the code.</param>
/// <param name="ParentCode">
/// The code the region hangs off: a county's prefecture, or its province when the table has no such prefecture
/// (the districts of the municipalities 11, 12, 31 and 50, and county-level units directly under a province,
/// xx90yy); a prefecture's province; null for a province.
/// </param>
/// <param name="IsCurrent">True when the latest list the table is built from carries the code; false for a retired code.</param>
/// <param name="FirstListed">The earliest list (yyyyMM) that carries the code; the earliest list the table has is 200212, so a code first listed there may be older.</param>
/// <param name="LastListed">The latest list (yyyyMM) that carries the code: the table's as-of list for a current code.</param>
/// <param name="NameInWords">
/// The name as written after a province in an address: prefecture and county for a county (朔州市朔城区), province
/// and county for a county directly under a province or municipality (北京市东城区, 湖北省仙桃市), province and
/// prefecture for a prefecture (山西省朔州市), the name alone for a province.
/// </param>
/// <param name="FullName">The whole path from the province down, e.g. 山西省朔州市朔城区, 北京市东城区.</param>
/// <remarks>
/// Names are composed from the latest name of each code: a county that was retired before its prefecture was
/// renamed is shown with the prefecture's later name.
/// </remarks>
internal sealed record Region(
    string Code,
    string Name,
    RegionLevel Level,
    string? ParentCode,
    bool IsCurrent,
    string FirstListed,
    string LastListed,
    string NameInWords,
    string FullName);
