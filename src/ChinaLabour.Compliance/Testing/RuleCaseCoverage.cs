using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance.Testing;

/// <summary>
/// Which cases every rule's tests must have: a violating and a compliant case, and a not-applicable case for a rule
/// scoped to regions or industries. <c>rules test</c> and the project's own suite both ask this, so an author's run
/// fails exactly where the suite would.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class RuleCaseCoverage
{
    /// <summary>The cases <paramref name="report"/> lacks for <paramref name="rules"/>, file by file, in rule order.</summary>
    /// <param name="rules">The rules whose tests are judged, e.g. those of one rule folder.</param>
    /// <param name="report">The rule tests' results.</param>
    /// <returns>Every gap; empty when each rule has the cases it needs.</returns>
    public static IReadOnlyList<RuleTestGap> Find(IEnumerable<Rule> rules, RuleTestReport report)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(report);
        var tested = report.Cases.Select(c => Path.GetFileName(c.Position.File)).ToHashSet(StringComparer.Ordinal);
        var expected = report.Cases.SelectMany(c => c.Expected).ToLookup(e => e.RuleId, e => e.Outcome, StringComparer.Ordinal);
        var gaps = new List<RuleTestGap>();
        foreach (var file in rules.GroupBy(r => r.Document.RuleFile, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file.Key);
            if (!tested.Contains(name))
            {
                gaps.Add(new RuleTestGap(file.Key, null, $"rule file '{file.Key}' has no test cases; write them in tests/{name} (docs/rule-tests.md)"));
            }

            foreach (var rule in file)
            {
                var outcomes = expected[rule.Id].ToHashSet();
                gaps.AddRange(Needed(rule).Where(o => !outcomes.Contains(o)).Select(o => new RuleTestGap(file.Key, rule.Id, $"no {o} case")));
            }
        }

        return gaps;
    }

    /// <summary>The outcomes a rule's tests must show: a rule scoped to regions or industries must show it binds no one else.</summary>
    private static Outcome[] Needed(Rule rule) =>
        rule.Applies.Industries.Count > 0 || rule.Applies.Regions.Count > 0
            ? [Outcome.Violated, Outcome.Compliant, Outcome.NotApplicable]
            : [Outcome.Violated, Outcome.Compliant];
}
