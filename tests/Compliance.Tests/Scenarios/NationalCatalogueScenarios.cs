using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Scenarios;

/// <summary>
/// Employers outside the provinces of the local documents are judged by national law, in the version in force on the
/// date; a date before the version the catalogue holds is not judged, and the reason names the version.
/// </summary>
public sealed class NationalCatalogueScenarios
{
    private static readonly LocalDate s_asOf = new(2024, 6, 30);

    [Fact]
    public void A_zhejiang_manufacturer_with_38_dispatched_of_100_breaks_the_national_ratio()
    {
        var snapshot = new EmployerSnapshot
        {
            Enterprise = new Enterprise { Id = "ZJ-1", RegionCode = "330106", IndustryCode = "3670" },
            Headcount = new Headcount { LaborContract = 62, Dispatched = 38, Outsourced = 0 },
        };

        var report = Bundled.Checker.Check(snapshot, s_asOf);

        var finding = report.Findings().Single(f => f.Duty == "dispatch.ratio");
        var ratio = finding.Results.Should().ContainSingle("no provincial document binds Zhejiang").Which;
        ratio.Rule.Citation.Document.Should().Be("中华人民共和国劳动合同法");
        ratio.Rule.LegalBasis.Should().Contain(b => b.Law == "劳务派遣暂行规定" && b.Article == "第四条");
        ratio.Message!.En.Should().Contain("38 of 100 (38.0%)");
        report.Results.Where(r => r.Rule.Document.Jurisdiction.Count > 0).Should().OnlyContain(r => r.Outcome == Outcome.NotApplicable);
    }

    [Fact]
    public void A_fujian_welder_at_work_without_a_certificate_breaks_the_work_safety_law()
    {
        var snapshot = Welder("350102", certificates: []);

        var result = Result(snapshot, s_asOf, "aqscf-2021.certificate.special-operation");

        result.Outcome.Should().Be(Outcome.Violated);
        result.Rule.Citation.Document.Should().Be("中华人民共和国安全生产法");
        result.Rule.Citation.Clause.Should().Be("第三十条");
        result.Rule.Severity.Should().Be(ChinaLabour.Compliance.Catalogue.Severity.Critical);
        result.Evidence.Select(e => e.Id).Should().Equal("W1");
        Result(Welder("350102", [new Certificate { Category = "焊接与热切割作业", Number = "T1", ValidFrom = new LocalDate(2022, 1, 1), ValidUntil = new LocalDate(2028, 1, 1), Genuine = true }]), s_asOf, "aqscf-2021.certificate.special-operation")
            .Outcome.Should().Be(Outcome.Compliant);
    }

    [Fact]
    public void The_same_facts_before_each_provision_took_effect_are_not_applicable_naming_the_version()
    {
        var before = new LocalDate(2021, 8, 31);
        var welder = Welder("350102", certificates: []) with
        {
            Workers = [Welder("350102", []).Workers![0] with { Start = new LocalDate(2020, 1, 1) }],
        };

        var certificate = Result(welder, before, "aqscf-2021.certificate.special-operation");
        certificate.NotApplicable.Should().Be(NotApplicableReason.NotYetInForce);
        certificate.Reason!.En.Should().Be("the rule is in force from 2021-09-01 (中华人民共和国安全生产法, 2021年修正); the catalogue holds no earlier version");

        var dispatch = new EmployerSnapshot
        {
            Enterprise = new Enterprise { Id = "ZJ-1", RegionCode = "330106", IndustryCode = "3670" },
            Headcount = new Headcount { LaborContract = 62, Dispatched = 38, Outsourced = 0 },
        };
        var ratio = Result(dispatch, new LocalDate(2016, 2, 29), "ldhtf-2012.dispatch.ratio");
        ratio.NotApplicable.Should().Be(NotApplicableReason.NotYetInForce, "the 10% applies after the two-year transition from 2014-03-01");
        Result(dispatch, new LocalDate(2016, 3, 1), "ldhtf-2012.dispatch.ratio").Outcome.Should().Be(Outcome.Violated);
        Result(dispatch, new LocalDate(2013, 6, 30), "ldhtf-2012.dispatch.ratio").Reason!.En.Should().Contain("2012年修正");
    }

    private static RuleResult Result(EmployerSnapshot snapshot, LocalDate asOf, string rule) =>
        Bundled.Checker.Check(snapshot, asOf).Results.Single(r => r.Rule.Id == rule);

    private static EmployerSnapshot Welder(string region, Certificate[] certificates) => new()
    {
        Enterprise = new Enterprise { Id = "FJ-1", RegionCode = region, IndustryCode = "3311" },
        Posts = [new Post { Id = "WELD", Nature = PostNature.Main, SpecialOperation = "焊接与热切割作业" }],
        Workers = [new Worker { Id = "W1", Form = EmploymentForm.LaborContract, PostId = "WELD", Start = new LocalDate(2023, 3, 1), SpecialOperation = "焊接与热切割作业", Certificates = certificates }],
    };
}
