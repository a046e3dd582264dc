using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Checking;

/// <summary>The first rules, from 晋人社办发〔2022〕18号 二（五）, against snapshots with known answers.</summary>
public sealed class DispatchRulesTests
{
    private const string Ratio = "jin-rsbf-2022-18.dispatch.ratio";
    private const string PostNature = "jin-rsbf-2022-18.dispatch.post-nature";
    private const string SafetyPost = "jin-rsbf-2022-18.dispatch.safety-post";
    private const string MineUnderground = "jin-rsbf-2022-18.dispatch.mine-underground";

    private static RuleResult Result(EmployerSnapshot snapshot, string ruleId, LocalDate? asOf = null) =>
        Bundled.Checker.Check(snapshot, asOf ?? Employers.AsOf).Results.Single(r => r.Rule.Id == ruleId);

    [Fact]
    public void Ratio_above_ten_percent_is_violated_with_figures_evidence_and_remedy()
    {
        var result = Result(Employers.Mine(labor: 88, dispatched: 12), Ratio);

        result.Outcome.Should().Be(Outcome.Violated);
        result.Rule.Citation.Document.Should().Be("晋人社办发〔2022〕18号");
        result.Rule.Citation.Clause.Should().Be("二（五）");
        result.Rule.LegalBasis.Should().ContainSingle().Which.Article.Should().Be("第四条");
        result.Message!.En.Should().Be("dispatched 12 of 100 (12.0%), limit 10%");
        result.Message.Zh.Should().Be("劳务派遣用工 12 人，占用工总量 100 人的 12.0%，上限 10%");
        result.Remedy!.En.Should().Be("at most 10 dispatched workers; convert at least 2 to labour contracts");
        result.Evidence.Should().HaveCount(12).And.OnlyContain(e => e.Kind == "worker" && e.Id.StartsWith('D'));
        result.Values.Select(v => (v.Name, v.Text)).Should().Contain([("dispatched", "12"), ("total", "100"), ("ratio", "0.12")]);
    }

    [Fact]
    public void Ratio_of_exactly_ten_percent_is_compliant()
    {
        var result = Result(Employers.Mine(labor: 90, dispatched: 10), Ratio);

        result.Outcome.Should().Be(Outcome.Compliant);
        result.Remedy.Should().BeNull();
        result.Evidence.Should().BeEmpty();
    }

    [Fact]
    public void Ratio_just_above_ten_percent_is_violated()
    {
        Result(Employers.Mine(labor: 89, dispatched: 11), Ratio).Outcome.Should().Be(Outcome.Violated);
    }

    [Fact]
    public void Outsourced_and_flexible_workers_do_not_count_in_the_total()
    {
        var mine = Employers.Mine(labor: 90, dispatched: 11);
        var snapshot = mine with
        {
            Workers = [.. mine.Workers!, .. Employers.Workers("O", 50, EmploymentForm.Outsourced, "AUX"), .. Employers.Workers("F", 20, EmploymentForm.Flexible, "AUX")],
        };

        var result = Result(snapshot, Ratio);

        result.Outcome.Should().Be(Outcome.Violated);
        result.Values.Single(v => v.Name == "total").Value.Should().Be(101);
    }

    [Fact]
    public void Workers_count_from_their_start_to_their_end_inclusive()
    {
        var asOf = Employers.AsOf;
        var mine = Employers.Mine(labor: 90, dispatched: 10);
        var snapshot = mine with
        {
            Workers =
            [
                .. mine.Workers!,
                new Worker { Id = "ends-today", Form = EmploymentForm.Dispatched, PostId = "AUX", Start = Employers.Start, End = asOf },
                new Worker { Id = "ended", Form = EmploymentForm.Dispatched, PostId = "AUX", Start = Employers.Start, End = asOf.PlusDays(-1) },
                new Worker { Id = "starts-tomorrow", Form = EmploymentForm.Dispatched, PostId = "AUX", Start = asOf.PlusDays(1) },
            ],
        };

        var result = Result(snapshot, Ratio, asOf);

        result.Values.Single(v => v.Name == "dispatched").Value.Should().Be(11);
        result.Evidence.Select(e => e.Id).Should().Contain("ends-today").And.NotContain(["ended", "starts-tomorrow"]);
    }

    [Fact]
    public void Headcount_totals_serve_when_there_is_no_roster_and_evidence_is_marked_unavailable()
    {
        var snapshot = new EmployerSnapshot { Enterprise = Employers.Shuozhou(), Headcount = new Headcount { LaborContract = 88, Dispatched = 12 } };

        var result = Result(snapshot, Ratio);

        result.Outcome.Should().Be(Outcome.Violated);
        result.Evidence.Should().BeEmpty();
        result.EvidenceUnavailable.Should().Equal("workers");
    }

    [Fact]
    public void Roster_and_headcount_that_disagree_give_a_notice_and_the_roster_is_used()
    {
        var snapshot = Employers.Mine(labor: 90, dispatched: 10) with { Headcount = new Headcount { LaborContract = 90, Dispatched = 4 } };

        var report = Bundled.Checker.Check(snapshot, Employers.AsOf);

        report.Notices.Should().ContainSingle().Which.Text.En.Should().Be("the roster has 10 dispatched but the headcount says 4; the roster was used");
        report.Results.Single(r => r.Rule.Id == Ratio).Outcome.Should().Be(Outcome.Compliant);
    }

    [Fact]
    public void No_workforce_figures_is_indeterminate_never_compliant()
    {
        // microsoft/RulesEngine#583: with default settings null / null < 0.2 is true.
        var snapshot = new EmployerSnapshot { Enterprise = Employers.Shuozhou() };

        var result = Result(snapshot, Ratio);

        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("headcount", "workers");
    }

    [Fact]
    public void Headcount_without_the_dispatched_figure_is_indeterminate_naming_it()
    {
        var snapshot = new EmployerSnapshot { Enterprise = Employers.Shuozhou(), Headcount = new Headcount { LaborContract = 50 } };

        var result = Result(snapshot, Ratio);

        // Outsourced workers the employer directs count as dispatched (劳务派遣暂行规定 第二十七条), so their number is read too.
        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("headcount.dispatched", "headcount.outsourced");
    }

    [Fact]
    public void Zero_total_workforce_is_not_applicable_with_a_reason_never_compliant()
    {
        var snapshot = new EmployerSnapshot { Enterprise = Employers.Shuozhou(), Headcount = new Headcount { LaborContract = 0, Dispatched = 0, Outsourced = 40, OutsourcedDirected = 0 } };

        var result = Result(snapshot, Ratio);

        // Were the 40 outsourced workers directed by the employer, they would be dispatch in substance: the count is read.
        Result(snapshot with { Headcount = snapshot.Headcount! with { OutsourcedDirected = null } }, Ratio).Outcome.Should().Be(Outcome.Indeterminate);
        result.Outcome.Should().Be(Outcome.NotApplicable);
        result.NotApplicable.Should().Be(NotApplicableReason.Exempted);
        result.Reason!.En.Should().Contain("no labour-contract employees or dispatched workers");
    }

    [Fact]
    public void Worker_of_unknown_employment_form_makes_the_ratio_indeterminate_naming_the_worker()
    {
        var mine = Employers.Mine(labor: 90, dispatched: 10);
        var snapshot = mine with { Workers = [.. mine.Workers!, new Worker { Id = "X1", PostId = "AUX", Start = Employers.Start }] };

        var result = Result(snapshot, Ratio);

        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("workers[X1].form");
    }

    [Theory]
    [InlineData("110105", null, NotApplicableReason.OtherRegion)]
    [InlineData("220102", null, NotApplicableReason.OtherRegion)]
    [InlineData("140602", "2022-06-05", NotApplicableReason.NotYetInForce)]
    public void Every_rule_is_not_applicable_in_another_province_or_before_the_document(string region, string? asOf, NotApplicableReason reason)
    {
        var enterprise = Employers.Shuozhou() with { RegionCode = region };
        var date = asOf is null ? Employers.AsOf : NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value;

        var report = Bundled.Checker.Check(Employers.Mine(labor: 50, dispatched: 50, enterprise: enterprise), date);

        var fromDocument = report.Results.Where(r => r.Rule.Document.Number == "晋人社办发〔2022〕18号").ToArray();
        fromDocument.Should().HaveCount(Bundled.Catalogue.Rules.Count(r => r.Document.Number == "晋人社办发〔2022〕18号"))
            .And.OnlyContain(r => r.Outcome == Outcome.NotApplicable && r.NotApplicable == reason);
    }

    [Fact]
    public void On_the_day_of_issue_the_rules_apply()
    {
        var mine = Employers.Mine(labor: 50, dispatched: 50);
        var earlier = mine with { Workers = mine.Workers!.Select(w => w with { Start = new LocalDate(2021, 1, 1) }).ToArray() };

        Result(earlier, Ratio, new LocalDate(2022, 6, 6)).Outcome.Should().Be(Outcome.Violated);
    }

    [Fact]
    public void Missing_region_code_is_indeterminate_not_not_applicable()
    {
        var enterprise = Employers.Shuozhou() with { RegionCode = null };

        var result = Result(Employers.Mine(labor: 90, dispatched: 10, enterprise: enterprise), Ratio);

        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("enterprise.regionCode");
    }

    [Fact]
    public void Evidence_names_each_record_once_in_id_order_whatever_the_roster_order()
    {
        var mine = Employers.Mine(labor: 90, dispatched: 0);
        Worker Dispatched(string id) => new() { Id = id, Form = EmploymentForm.Dispatched, PostId = "MAIN", Start = Employers.Start };
        var snapshot = mine with { Workers = [.. mine.Workers!, Dispatched("D010"), Dispatched("D001"), Dispatched("D003"), Dispatched("D001"), Dispatched("D002")] };

        var result = Result(snapshot, PostNature);

        result.Outcome.Should().Be(Outcome.Violated);
        result.Evidence.Select(e => e.Id).Should().Equal("D001", "D002", "D003", "D010");
    }

    [Theory]
    [InlineData("MAIN", Outcome.Violated)]
    [InlineData("AUX", Outcome.Compliant)]
    [InlineData("TEMP", Outcome.Compliant)]
    public void Dispatch_only_in_temporary_auxiliary_or_substitute_posts(string post, Outcome expected)
    {
        var result = Result(Employers.Mine(labor: 90, dispatched: 3, dispatchedPost: post), PostNature);

        result.Outcome.Should().Be(expected);
        if (expected == Outcome.Violated)
        {
            result.Evidence.Select(e => e.Id).Should().Equal("D001", "D002", "D003");
            result.Message!.En.Should().Be("3 dispatched worker(s) hold main-business posts");
        }
    }

    [Fact]
    public void Post_nature_rule_is_indeterminate_when_a_dispatched_workers_post_has_no_nature()
    {
        var mine = Employers.Mine(labor: 90, dispatched: 1, dispatchedPost: "ODD");
        var snapshot = mine with { Posts = [.. mine.Posts!, new Post { Id = "ODD" }] };

        var result = Result(snapshot, PostNature);

        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("posts[ODD].nature");
    }

    [Fact]
    public void Post_nature_of_a_labour_contract_employees_post_is_not_needed()
    {
        var mine = Employers.Mine(labor: 0, dispatched: 1);
        var snapshot = mine with
        {
            Posts = [.. mine.Posts!, new Post { Id = "ODD" }],
            Workers = [.. mine.Workers!, new Worker { Id = "L1", Form = EmploymentForm.LaborContract, PostId = "ODD", Start = Employers.Start }],
        };

        Result(snapshot, PostNature).Outcome.Should().Be(Outcome.Compliant);
    }

    [Fact]
    public void Dispatched_worker_whose_post_is_not_in_the_snapshot_is_indeterminate()
    {
        var result = Result(Employers.Mine(labor: 90, dispatched: 1, dispatchedPost: "GONE"), PostNature);

        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("posts[GONE]");
    }

    [Theory]
    [InlineData("FIRE", Outcome.Violated)]
    [InlineData("AUX", Outcome.Compliant)]
    public void No_dispatched_worker_in_a_safety_production_post(string post, Outcome expected)
    {
        Result(Employers.Mine(labor: 90, dispatched: 1, dispatchedPost: post), SafetyPost).Outcome.Should().Be(expected);
    }

    [Theory]
    [InlineData("0610", "UG-AUX", Outcome.Violated)]
    [InlineData("0810", "MAIN", Outcome.Violated)]
    [InlineData("0610", "AUX", Outcome.Compliant)]
    [InlineData("4710", "UG-AUX", Outcome.NotApplicable)]
    public void No_dispatched_worker_underground_or_in_high_risk_posts_of_mines(string industry, string post, Outcome expected)
    {
        var enterprise = Employers.Shuozhou(industry);

        var result = Result(Employers.Mine(labor: 90, dispatched: 2, dispatchedPost: post, enterprise: enterprise), MineUnderground);

        result.Outcome.Should().Be(expected);
        if (expected == Outcome.NotApplicable)
        {
            result.NotApplicable.Should().Be(NotApplicableReason.OtherIndustry);
        }
    }

    [Fact]
    public void Checking_is_the_same_from_many_threads()
    {
        var snapshots = Enumerable.Range(0, 64).Select(i => Employers.Mine(labor: 80 + i, dispatched: i % 20)).ToArray();
        var sequential = snapshots.Select(s => ChinaLabour.Compliance.Reporting.ReportJson.ToJson(Bundled.Checker.Check(s, Employers.AsOf))).ToArray();

        var parallel = snapshots.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(s => ChinaLabour.Compliance.Reporting.ReportJson.ToJson(Bundled.Checker.Check(s, Employers.AsOf))).ToArray();

        parallel.Should().Equal(sequential);
    }
}
