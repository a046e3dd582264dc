using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Scenarios;

/// <summary>The cases the trust issue was opened on: what the records do not say is never a "no".</summary>
public sealed class TrustScenarios
{
    private static readonly LocalDate s_asOf = new(2024, 6, 30);

    [Fact]
    public void Nothing_recorded_about_management_gives_no_violation()
    {
        var snapshot = SnapshotReader.ReadJson("""{ "enterprise": { "id": "E1", "regionCode": "140602", "industryCode": "0610" }, "management": {} }""").Snapshot!;

        var report = Bundled.Checker.Check(snapshot, s_asOf);

        report.Violations.Should().BeEmpty();
        report.Results.Single(r => r.Rule.Id == "jin-fa-2017-53.emergency.drill").MissingFacts.Should().Contain("management.lastDrill");
    }

    [Fact]
    public void A_major_hidden_danger_found_today_with_no_deadline_recorded_is_not_a_breach()
    {
        var snapshot = new EmployerSnapshot
        {
            Enterprise = new Enterprise { Id = "E1", RegionCode = "140602", IndustryCode = "0610" },
            HiddenDangers = [new HiddenDanger { Id = "H1", Major = true, Found = s_asOf, Measures = true, Responsibility = true, Funds = true, Plan = true }],
        };

        var report = Bundled.Checker.Check(snapshot, s_asOf);

        report.Results.Where(r => r.Rule.Duty == "hidden-danger.rectified-by-deadline").Should().NotContain(r => r.Outcome == Outcome.Violated);
        report.Results.Where(r => r.Outcome == Outcome.Indeterminate).SelectMany(r => r.MissingFacts).Should().Contain("hiddenDangers[H1].deadline");
    }

    [Fact]
    public void A_certificate_recorded_as_not_genuine_is_a_breach_without_its_dates()
    {
        var snapshot = new EmployerSnapshot
        {
            Enterprise = new Enterprise { Id = "E1", RegionCode = "330106", IndustryCode = "3311" },
            Posts = [new Post { Id = "WELD", Nature = PostNature.Main, SpecialOperation = "焊接与热切割作业" }],
            Workers = [new Worker { Id = "W1", Form = EmploymentForm.LaborContract, PostId = "WELD", Start = new LocalDate(2023, 3, 1), SpecialOperation = "焊接与热切割作业",
                Certificates = [new Certificate { Category = "焊接与热切割作业", Genuine = false }] }],
        };

        Bundled.Checker.Check(snapshot, s_asOf).Results.Single(r => r.Rule.Id == "aqscf-2021.certificate.special-operation").Outcome.Should().Be(Outcome.Violated);
    }

    [Fact]
    public void The_insurance_rule_found_compliant_says_so()
    {
        var report = Bundled.Checker.Check(SnapshotReader.ReadFile(Repository.Path("samples", "data", "shuozhou-coal-mine.json")).Snapshot!, s_asOf);

        var insurance = report.Results.Single(r => r.Rule.Id == "jin-fa-2017-53.insurance.liability");
        insurance.Outcome.Should().Be(Outcome.Compliant);
        insurance.Message!.En.Should().NotContain("none").And.NotContain("no ");
        insurance.Message.Zh.Should().NotContain("无一");
    }
}
