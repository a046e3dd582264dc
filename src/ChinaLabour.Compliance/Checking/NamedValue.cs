namespace ChinaLabour.Compliance.Checking;

/// <summary>A value a rule computed on the way to its decision, e.g. <c>ratio</c>.</summary>
/// <param name="Name">The name given under <c>let:</c>.</param>
/// <param name="Value">The value: a number, text, date, true/false or a list.</param>
/// <param name="Text">The value written culture-free, as reports show it.</param>
public sealed record NamedValue(string Name, object? Value, string Text);
