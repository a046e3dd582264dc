using System;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime.Text;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class SharedResultsTests
{
    private static readonly ChinaLabour.Compliance.Catalogue.Rule s_regional = Bundled.Catalogue.Rules.First(r => r.Applies.Regions.Count > 0 && r.Applies.Industries.Count > 0);

    [Theory]
    [InlineData(NotApplicableReason.NotYetInForce)]
    [InlineData(NotApplicableReason.NoLongerInForce)]
    [InlineData(NotApplicableReason.Exempted)]
    public void A_reason_that_needs_no_code_gives_one_result_for_every_employer(NotApplicableReason reason)
    {
        var rule = s_regional with
        {
            Applies = s_regional.Applies with { To = s_regional.Applies.From.PlusYears(1), Unless = new("true", new BilingualText("豁免", "exempt")) },
        };
        var results = new SharedResults(rule);

        var result = results.Always(reason);

        result.Should().BeSameAs(results.Always(reason));
        result.NotApplicable.Should().Be(reason);
        result.Reason.Should().Be(reason switch
        {
            NotApplicableReason.NotYetInForce => CheckMessages.NotYetInForce(LocalDatePattern.Iso.Format(rule.Applies.From), rule.Document),
            NotApplicableReason.NoLongerInForce => CheckMessages.NoLongerInForce(LocalDatePattern.Iso.Format(rule.Applies.To!.Value)),
            _ => new BilingualText("豁免", "exempt"),
        });
    }

    [Theory]
    [InlineData(NotApplicableReason.OtherRegion)]
    [InlineData(NotApplicableReason.OtherIndustry)]
    public void A_reason_that_depends_on_a_code_is_refused_without_one(NotApplicableReason reason) =>
        new SharedResults(s_regional).Invoking(r => r.Always(reason)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Lacking_the_same_facts_gives_the_same_result_and_lacking_others_a_new_one_that_names_them()
    {
        var results = new SharedResults(s_regional);

        var first = results.Lacking(["accidents", "mines"]);
        var again = results.Lacking(["accidents", "mines"]);
        var other = results.Lacking(["workers[W1].start"]);

        again.Should().BeSameAs(first, "the same facts, in another array, give the same result");
        first.Outcome.Should().Be(Outcome.Indeterminate);
        first.MissingFacts.Should().Equal("accidents", "mines");
        first.Reason.Should().Be(CheckMessages.Missing(2));
        first.Values.Should().BeEmpty();
        other.Should().NotBeSameAs(first);
        other.MissingFacts.Should().Equal("workers[W1].start");
        results.Lacking(["accidents"]).MissingFacts.Should().Equal(["accidents"], "a shorter list is not the same list");
    }

    [Fact]
    public void The_facts_a_result_names_are_its_own_whatever_becomes_of_the_callers_memory()
    {
        var results = new SharedResults(s_regional);
        var buffer = new[] { "accidents", "mines" };

        var result = results.Lacking(buffer);
        buffer[0] = "premises";

        result.MissingFacts.Should().Equal("accidents", "mines");
        results.Lacking(buffer).Should().NotBeSameAs(result, "other facts now");
    }

    [Fact]
    public void Employers_lacking_the_same_whole_facts_share_the_results_waiting_on_them()
    {
        var checker = ComplianceChecker.Create(Bundled.Catalogue);

        var first = checker.Check(Employers.Mine(labor: 90, dispatched: 10), Employers.AsOf).Results;
        var second = checker.Check(Employers.Mine(labor: 80, dispatched: 20), Employers.AsOf).Results;

        // Undecided before any expression ran: every fact missing is one the rule needs, missing whole.
        var waiting = first.Where(r => r.Outcome == Outcome.Indeterminate && r.MissingFacts.All(r.Rule.Needs.Contains)).ToArray();
        waiting.Should().NotBeEmpty("the test employer gives no accidents, mines or premises");
        foreach (var result in waiting)
        {
            second.Single(r => ReferenceEquals(r.Rule, result.Rule)).Should().BeSameAs(result);
        }
    }
}
