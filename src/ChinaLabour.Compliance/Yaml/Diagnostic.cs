namespace ChinaLabour.Compliance.Yaml;

/// <summary>A problem found in a rule file, with where it is and what to do.</summary>
/// <param name="Position">Where the problem is.</param>
/// <param name="Code">A stable code, e.g. <c>CR0101</c>; docs/rule-format.md lists them.</param>
/// <param name="RuleId">The rule the problem is in, when it is in one.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record Diagnostic(SourcePosition Position, string Code, string? RuleId, string Message)
{
    /// <summary>The diagnostic the way compilers print them: <c>file:line:column: error CODE [rule]: message</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() =>
        RuleId is null
            ? $"{Position}: error {Code}: {Message}"
            : $"{Position}: error {Code} [{RuleId}]: {Message}";
}
