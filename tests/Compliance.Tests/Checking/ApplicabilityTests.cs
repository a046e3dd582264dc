using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Checking;

/// <summary>
/// Which rules bind an employer, and when: codes as the standards write them, a document's period and a rule's own,
/// the activity that brings an employer outside a rule's industries in, and exemptions that need no other fact.
/// </summary>
public sealed class ApplicabilityTests
{
    private static readonly LocalDate s_asOf = new(2024, 6, 30);

    [Fact]
    public void An_industry_code_with_its_section_letter_decides_the_same_rules_as_without()
    {
        var plain = Bundled.Checker.Check(Employer("140602", "0610"), s_asOf);
        var lettered = Bundled.Checker.Check(Employer("140602", "B0610"), s_asOf);

        lettered.Results.Select(r => (r.Rule.Id, r.Outcome, r.NotApplicable)).Should().Equal(plain.Results.Select(r => (r.Rule.Id, r.Outcome, r.NotApplicable)));
        plain.Results.Should().Contain(r => r.Rule.Applies.Industries.Contains("06") && r.Outcome != Outcome.NotApplicable, "mining rules bind a coal miner");
    }

    [Fact]
    public void A_province_written_in_six_digits_is_the_province()
    {
        var sixDigits = Bundled.Checker.Check(Employer("140000", "0610"), s_asOf);
        var twoDigits = Bundled.Checker.Check(Employer("14", "0610"), s_asOf);

        sixDigits.Results.Select(r => (r.Outcome, r.NotApplicable)).Should().Equal(twoDigits.Results.Select(r => (r.Outcome, r.NotApplicable)));
    }

    [Fact]
    public void A_region_code_too_coarse_for_a_rules_region_is_indeterminate_naming_the_code_never_not_applicable()
    {
        // 朔安发〔2022〕3号 binds Shuozhou (1406); an employer known only to be in Shanxi (14) may or may not be there.
        var report = Bundled.Checker.Check(Employer("14", "0610"), s_asOf);

        var shuozhou = report.Results.Where(r => r.Rule.Document.Number == "朔安发〔2022〕3号").ToArray();
        shuozhou.Should().NotBeEmpty().And.OnlyContain(r => r.Outcome == Outcome.Indeterminate && r.MissingFacts.SequenceEqual(new[] { "enterprise.regionCode" }));
        shuozhou[0].Reason!.En.Should().Contain("too coarse");
        report.Results.Where(r => r.Rule.Document.Number == "晋发〔2017〕53号").Should().NotContain(r => r.NotApplicable == NotApplicableReason.OtherRegion);
    }

    [Fact]
    public void A_rule_applies_outside_its_industries_when_the_records_show_the_activity()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + """
              - id: test.coal-mine
                title: { zh: 测试, en: Test }
                reading: test reading
                citation: { clause: 第二条, quote: 劳务派遣用工数量不得超过用工总量的10%, en: test }
                severity: major
                applies:
                  industries: ["06"]
                  alsoWhen: "mines.Any(m => m.Kind == MineKind.Coal)"
                needs: [mines]
                let:
                  coal: mines.Count(m => m.Kind == MineKind.Coal)
                check: coal == 0
                message: { violated: { zh: "{coal}", en: "{coal}" }, compliant: { zh: "{coal}", en: "{coal}" } }
            """);
        var checker = ComplianceChecker.Create(catalogue);
        var powerGroup = Employer("140602", "4411") with { Mines = [new Mine { Id = "M1", Kind = MineKind.Coal }] };

        Decide(checker, powerGroup).Outcome.Should().Be(Outcome.Violated, "a coal mine on record brings a power group in");
        Decide(checker, powerGroup with { Mines = [] }).NotApplicable.Should().Be(NotApplicableReason.OtherIndustry);
        Decide(checker, powerGroup with { Mines = null }).NotApplicable.Should().Be(NotApplicableReason.OtherIndustry,
            "with no mines on record the industry code alone decides");
        Decide(checker, Employer("140602", "0610") with { Mines = [] }).Outcome.Should().Be(Outcome.Compliant);
    }

    [Fact]
    public void A_rule_of_regions_and_industries_for_an_employer_of_neither_code_lacks_both_in_ordinal_order()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.shanxi-mines", needs: "[enterprise]", body: """
                applies:
                  regions: ["14"]
                  industries: ["06"]
                check: true
                message: { violated: { zh: 无, en: none }, compliant: { zh: 有, en: yes } }
            """));
        var checker = ComplianceChecker.Create(catalogue);

        // The region is looked at first; the facts are still named in ordinal order, industry before region.
        var result = Decide(checker, new EmployerSnapshot { Enterprise = new Enterprise { Id = "E1" } });
        result.Outcome.Should().Be(Outcome.Indeterminate);
        result.MissingFacts.Should().Equal("enterprise.industryCode", "enterprise.regionCode");
        Decide(checker, Employer("140602", "0610")).Outcome.Should().Be(Outcome.Compliant);
    }

    [Fact]
    public void An_exemption_that_reads_no_named_value_is_decided_before_the_facts_the_rule_needs()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + """
              - id: test.air-defence
                title: { zh: 测试, en: Test }
                reading: test reading
                citation: { clause: 第二条, quote: 劳务派遣用工数量不得超过用工总量的10%, en: test }
                severity: major
                applies:
                  unless: { when: "!enterprise.InCivilAirDefenceWorks", reason: { zh: 不在人防工程内, en: not in civil air-defence works } }
                needs: [enterprise, management]
                let:
                  body: management.SafetyManagementBody
                check: body
                message: { violated: { zh: 无, en: none }, compliant: { zh: 有, en: yes } }
            """);
        var checker = ComplianceChecker.Create(catalogue);
        var aboveGround = Employer("140602", "5211") with { Enterprise = new Enterprise { Id = "E1", RegionCode = "140602", InCivilAirDefenceWorks = false } };

        var result = Decide(checker, aboveGround);
        result.NotApplicable.Should().Be(NotApplicableReason.Exempted, "management is not given, and not needed to exempt");
        Decide(checker, aboveGround with { Enterprise = aboveGround.Enterprise with { InCivilAirDefenceWorks = null } }).MissingFacts
            .Should().Equal("enterprise.inCivilAirDefenceWorks");
    }

    [Fact]
    public void A_documents_period_is_inherited_and_a_rule_may_outlive_it_and_floor_its_events_at_in_force()
    {
        var file = """
            document:
              number: 测试〔2024〕1号
              title: { zh: 测试文件, en: Test document }
              issuer: 测试机关
              issued: 2024-01-20
              inForce: { from: 2024-01-20, to: 2024-12-31 }
              jurisdiction: ["14"]
              source: sources/test.txt
            rules:
              - id: test.plan-year
                title: { zh: 测试, en: Test }
                reading: test reading
                citation: { clause: 第二条, quote: 劳务派遣用工数量不得超过用工总量的10%, en: test }
                severity: major
                needs: [accidents]
                let:
                  counted: accidents.Count(a => a.Date >= inForce)
                check: counted == 0
                message: { violated: { zh: "{counted}", en: "{counted}" }, compliant: { zh: "{counted}", en: "{counted}" } }
              - id: test.deadline
                title: { zh: 测试, en: Test }
                reading: test reading
                citation: { clause: 第二条, quote: 劳务派遣用工数量不得超过用工总量的10%, en: test }
                severity: major
                applies: { from: 2025-01-01, to: none }
                needs: [accidents]
                check: accidents.Count == 0
                message: { violated: { zh: 有, en: some }, compliant: { zh: 零, en: zero } }
            """;
        var checker = ComplianceChecker.Create(TestRules.Catalogue(file));
        var employer = Employer("140602", "0610") with { Accidents = [new Accident { Id = "A0", Date = new LocalDate(2024, 1, 19) }, new Accident { Id = "A1", Date = new LocalDate(2024, 1, 20) }] };

        var inYear = checker.Check(employer, new LocalDate(2024, 12, 31)).Results;
        inYear[0].Values.Single(v => v.Name == "counted").Text.Should().Be("1", "the accident the day before the plan is not the plan's");
        inYear[1].NotApplicable.Should().Be(NotApplicableReason.NotYetInForce);
        var after = checker.Check(employer, new LocalDate(2025, 1, 1)).Results;
        after[0].NotApplicable.Should().Be(NotApplicableReason.NoLongerInForce);
        after[1].Outcome.Should().Be(Outcome.Violated, "a deadline's breach outlives the plan year");
    }

    private static RuleResult Decide(ComplianceChecker checker, EmployerSnapshot snapshot) => checker.Check(snapshot, s_asOf).Results.Single();

    [Fact]
    public void Employers_of_one_code_share_each_not_applicable_result_and_its_reason_names_their_code()
    {
        var checker = ComplianceChecker.Create(Bundled.Catalogue);

        var first = checker.Check(Employer("110101", "0610"), s_asOf).Results;
        var second = checker.Check(Employer("110101", "4710"), s_asOf).Results;
        var elsewhere = checker.Check(Employer("220102", "0610"), s_asOf).Results;

        var outside = first.Where(r => r.NotApplicable == NotApplicableReason.OtherRegion).ToArray();
        outside.Should().NotBeEmpty("Beijing is outside every provincial rule's regions");
        foreach (var result in outside)
        {
            result.Reason.Should().Be(CheckMessages.OtherRegion("110101", result.Rule.Applies.Regions));
            second.Single(r => ReferenceEquals(r.Rule, result.Rule)).Should().BeSameAs(result, "the same rule and region give the same result");
        }

        var jilin = elsewhere.Where(r => r.NotApplicable == NotApplicableReason.OtherRegion).ToArray();
        jilin.Should().NotBeEmpty().And.OnlyContain(r => r.Reason == CheckMessages.OtherRegion("220102", r.Rule.Applies.Regions), "each code keeps its own words");
        second.Where(r => r.NotApplicable == NotApplicableReason.OtherIndustry).Should().NotBeEmpty("a shop is outside the mining rules")
            .And.OnlyContain(r => r.Reason == CheckMessages.OtherIndustry("4710", r.Rule.Applies.Industries));
    }

    private static EmployerSnapshot Employer(string region, string industry) =>
        new() { Enterprise = new Enterprise { Id = "E1", RegionCode = region, IndustryCode = industry } };
}
