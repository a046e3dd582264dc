using System;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Expressions;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class FactContextTests
{
    private static FactContext Facts(ChinaLabour.Compliance.Snapshots.EmployerSnapshot snapshot) =>
        new(snapshot, new EvaluationContext(Employers.AsOf, new EvaluationBudget(1_000, TimeSpan.FromSeconds(30))));

    private static FactNeeds Needs(params string[] names) => new(names);

    [Fact]
    public void The_gaps_of_some_roots_are_the_facts_they_lack_each_once_in_ordinal_order()
    {
        // The test employer gives workers and posts but no accidents, mines or premises.
        var facts = Facts(Employers.Mine(labor: 90, dispatched: 10));

        facts.Gaps(Needs("premises", "workers", "accidents", "mines", "accidents")).ToArray().Should().Equal("accidents", "mines", "premises");
        facts.Gaps(Needs("workers", "posts")).IsEmpty.Should().BeTrue("the roster and the posts are given");
        facts.Gaps(Needs()).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void A_worker_of_unknown_start_leaves_the_roster_and_the_workforce_missing_by_that_worker()
    {
        var snapshot = Employers.Mine(labor: 2, dispatched: 0);
        snapshot = snapshot with { Workers = [snapshot.Workers![0] with { Start = null }, snapshot.Workers[1]] };
        var facts = Facts(snapshot);
        var path = $"workers[{snapshot.Workers[0].Id}].start";

        facts.Gaps(Needs("workers", "workforce", "roster")).ToArray().Should().Equal(path);
        facts.Gaps(Needs("posts")).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void The_missing_facts_of_some_roots_come_once_each_in_order_of_first_appearance()
    {
        var snapshot = Employers.Mine(labor: 2, dispatched: 0);
        snapshot = snapshot with { Workers = [snapshot.Workers![0] with { Start = null }, snapshot.Workers[1]] };
        var facts = Facts(snapshot);
        var path = $"workers[{snapshot.Workers[0].Id}].start";

        facts.MissingOf(Needs("posts", "mines", "workers", "accidents", "roster")).Should().Equal("mines", path, "accidents");
        facts.Lacks(Needs("posts", "mines")).Should().BeTrue();
        facts.Lacks(Needs("posts")).Should().BeFalse();
        facts.MissingOf(Needs("posts")).Should().BeSameAs(Array.Empty<string>(), "nothing missing shares the empty array");
        facts.MissingOf(Needs()).Should().BeEmpty();
    }

    [Fact]
    public void The_workforce_counts_each_form_and_a_form_outside_the_enumeration_under_none()
    {
        // A typed caller can cast any number to a form; JSON and spreadsheets cannot.
        var snapshot = Employers.Mine(labor: 3, dispatched: 2);
        snapshot = snapshot with { Workers = [.. snapshot.Workers!, snapshot.Workers![0] with { Id = "ODD", Form = (ChinaLabour.Compliance.Snapshots.EmploymentForm)99 }] };
        var evaluation = new EvaluationContext(Employers.AsOf, new EvaluationBudget(1_000, TimeSpan.FromSeconds(30)));
        var facts = new FactContext(snapshot, evaluation);

        var workforce = (WorkforceFact)evaluation.Roots[FactRoots.IndexOf(FactRoots.Workforce)]!;
        facts.Gaps(Needs(FactRoots.Workforce)).IsEmpty.Should().BeTrue();
        (workforce.LaborContract, workforce.Dispatched, workforce.Outsourced, workforce.Flexible, workforce.PartTime).Should().Be((3, 2, 0, 0, 0));
    }
}
