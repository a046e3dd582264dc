using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>A violation filed apart because a waiver in force covers it; its outcome stays <see cref="Outcome.Violated"/>.</summary>
/// <param name="Result">The violated rule's result, unchanged.</param>
/// <param name="Waiver">The waiver that covers it (the first in the file, when several do).</param>
public sealed record WaivedResult(RuleResult Result, Waiver Waiver);
