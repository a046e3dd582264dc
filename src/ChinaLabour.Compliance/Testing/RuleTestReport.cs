using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Testing;

/// <summary>The outcome of running a folder of rule tests.</summary>
/// <param name="Cases">Every case, in file order.</param>
/// <param name="Problems">Problems with the test files themselves (bad YAML, unknown keys, unknown rules).</param>
public sealed record RuleTestReport(IReadOnlyList<RuleTestCaseResult> Cases, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Whether every case passed and every test file was well formed.</summary>
    public bool Passed => Problems.Count == 0 && Cases.All(c => c.Passed);
}
