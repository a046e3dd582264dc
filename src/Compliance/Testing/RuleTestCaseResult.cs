using System.Collections.Generic;
using Compliance.Loading;

namespace Compliance.Testing;

/// <summary>How one rule test case went.</summary>
/// <param name="Position">Where the case is written.</param>
/// <param name="Name">The case's name.</param>
/// <param name="Failures">What did not match; empty when the case passed.</param>
public sealed record RuleTestCaseResult(SourcePosition Position, string Name, IReadOnlyList<string> Failures)
{
    /// <summary>Whether every expectation of the case held.</summary>
    public bool Passed => Failures.Count == 0;
}
