namespace ChinaLabour.Compliance.Validation;

/// <summary>A code that all or part of a period's area went to (the source's 新代码).</summary>
/// <param name="Code">The six-digit code that received the area.</param>
/// <param name="Year">
/// The year of the change: the period's <see cref="RegionPeriod.Until"/> when the code took the area over as the
/// period ended, an earlier year when it received part of the area while the period went on.
/// </param>
internal readonly record struct RegionSuccessor(string Code, int Year);
