using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Catalogue;

/// <summary>
/// A missing fact is never a "no": for every rule, in every case where the rule tests expect it violated, each fact the
/// rule reads is removed from the snapshot in turn, and the rule must then be Indeterminate — never Violated, never
/// Compliant. The facts are those the rule's views record as read, the facts under its needs, and the codes its scope
/// turns on. A field whose absence the snapshot declares to mean "none" (a worker's last day) is not a missing fact.
/// </summary>
public sealed class MissingFactTests
{
    [Fact]
    public void Removing_any_fact_a_violated_rule_reads_makes_it_indeterminate()
    {
        var checker = Bundled.Checker;
        var failures = new List<string>();
        var tried = 0;
        foreach (var testCase in RuleCases.All.Where(c => c.Violated.Any()))
        {
            var (_, reads) = checker.CheckTracingReads(testCase.Read(), testCase.AsOf);
            foreach (var ruleId in testCase.Violated.Distinct())
            {
                var index = checker.Catalogue.Rules.ToList().FindIndex(r => r.Id == ruleId);
                var rule = checker.Catalogue.Rules[index];
                foreach (var fact in Candidates(rule, reads[index]))
                {
                    var changed = testCase.Snapshot.DeepClone().AsObject();
                    if (!SnapshotPaths.Remove(changed, fact))
                    {
                        continue;
                    }

                    tried++;
                    var result = testCase.Result(checker, ruleId, testCase.Read(changed));
                    if (result.Outcome != Outcome.Indeterminate && !Declared(rule, fact, result))
                    {
                        failures.Add($"{ruleId} in '{testCase.Name}': without {fact} it is {result.Outcome}");
                    }
                }
            }
        }

        tried.Should().BeGreaterThan(100, "the test must reach the facts of the catalogue's violating cases");
        failures.Should().BeEmpty();
    }

    [Fact]
    public void A_traced_check_records_each_field_it_reads_that_the_snapshot_gives()
    {
        // The test above removes the facts the trace records; a view that read a given field without recording it
        // would narrow that test to fewer facts, and it would still pass. The views read a given field on a path of
        // their own (the one a check inlines), so the trace is held to it here.
        var checker = Bundled.Checker;
        var snapshot = Employers.Mine(labor: 9, dispatched: 1, dispatchedPost: "MAIN");
        var index = checker.Catalogue.Rules.ToList().FindIndex(r => r.Id == "jin-rsbf-2022-18.dispatch.post-nature");

        var (report, reads) = checker.CheckTracingReads(snapshot, Employers.AsOf);

        report.Results[index].Outcome.Should().Be(Outcome.Violated);
        reads[index].Should().Contain(["workers[L001].form", "workers[D001].form", "posts[MAIN].nature"]);
    }

    /// <summary>
    /// The two outcomes a rule that also applies outside its industries (<c>applies.alsoWhen</c>) declares: with the
    /// activity on record, the industry code is not needed; with the records that would show it not given at all, the
    /// industry code alone decides.
    /// </summary>
    private static bool Declared(ChinaLabour.Compliance.Catalogue.Rule rule, string fact, RuleResult result) =>
        rule.Applies.AlsoWhen is not null && (
            (fact == "enterprise.industryCode" && result.Outcome == Outcome.Violated)
            || (!fact.Contains('.', System.StringComparison.Ordinal) && !fact.Contains('[', System.StringComparison.Ordinal)
                && result.NotApplicable == NotApplicableReason.OtherIndustry));

    private static IEnumerable<string> Candidates(ChinaLabour.Compliance.Catalogue.Rule rule, IReadOnlyCollection<string> reads)
    {
        var candidates = new SortedSet<string>(reads, System.StringComparer.Ordinal);
        foreach (var need in rule.Needs)
        {
            candidates.UnionWith(need switch
            {
                "workforce" => ["workers+headcount"],
                "roster" => ["workers"],
                "enterprise" => [], // the one thing a snapshot must give
                _ => [need],
            });
        }

        if (rule.Applies.Regions.Count > 0)
        {
            candidates.Add("enterprise.regionCode");
        }

        if (rule.Applies.Industries.Count > 0)
        {
            candidates.Add("enterprise.industryCode");
        }

        return candidates.Where(c => !SnapshotPaths.AbsenceMeansNone(c));
    }
}
