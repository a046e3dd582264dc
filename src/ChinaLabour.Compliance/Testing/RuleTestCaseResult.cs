using System.Collections.Generic;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Testing;

/// <summary>How one rule test case went.</summary>
/// <param name="Position">Where the case is written.</param>
/// <param name="Name">The case's name.</param>
/// <param name="Failures">What did not match; empty when the case passed.</param>
public sealed record RuleTestCaseResult(SourcePosition Position, string Name, IReadOnlyList<string> Failures)
{
    /// <summary>The outcome the case expects of each rule it names, so that coverage of outcomes can be checked.</summary>
    public IReadOnlyList<ExpectedOutcome> Expected { get; init; } = [];

    /// <summary>Whether every expectation of the case held.</summary>
    public bool Passed => Failures.Count == 0;
}
