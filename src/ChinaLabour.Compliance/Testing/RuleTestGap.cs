namespace ChinaLabour.Compliance.Testing;

/// <summary>A case the rule tests lack: a rule without a case of an outcome it needs, or a rule file without tests.</summary>
/// <param name="RuleFile">The rule file the gap is in.</param>
/// <param name="RuleId">The rule that lacks a case; <see langword="null"/> when the whole file has no tests.</param>
/// <param name="Message">What is missing and what to write.</param>
public sealed record RuleTestGap(string RuleFile, string? RuleId, string Message)
{
    /// <summary>The gap as <c>rule-id: message</c>, or the message alone for a file.</summary>
    /// <returns>The formatted gap.</returns>
    public override string ToString() => RuleId is null ? Message : $"{RuleId}: {Message}";
}
