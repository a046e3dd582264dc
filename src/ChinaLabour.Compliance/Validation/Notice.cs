using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Validation;

/// <summary>Something about the snapshot a reader should know, though it broke no rule.</summary>
/// <param name="Code">A stable code, e.g. <c>headcount-disagrees</c>.</param>
/// <param name="Text">What was noticed.</param>
public sealed record Notice(string Code, BilingualText Text);
