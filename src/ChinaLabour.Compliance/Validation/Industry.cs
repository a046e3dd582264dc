namespace ChinaLabour.Compliance.Validation;

/// <summary>One GB/T 4754-2017 industry code from <see cref="IndustryCodes"/>.</summary>
/// <param name="Code">The normalised code: a letter for a section (B), else two, three or four digits (06, 061, 0610).</param>
/// <param name="Name">The name, e.g. 烟煤和无烟煤开采洗选.</param>
/// <param name="Level">Section (门类), division (大类), group (中类) or class (小类).</param>
/// <param name="Section">The section letter the code belongs to; the code itself for a section.</param>
/// <param name="ParentCode">The code one tier up; null for a section.</param>
/// <param name="IsDerived">
/// True for a group or class the source package does not list but the standard's coding implies: a group that is
/// not subdivided has one class, its own code with a 0 appended and its own name (061 → 0610).
/// </param>
internal sealed record Industry(
    string Code,
    string Name,
    IndustryLevel Level,
    char Section,
    string? ParentCode,
    bool IsDerived);
