using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Waivers;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Waivers;

/// <summary>Waivers file violations on the report's own as-of date and never change what a rule decided.</summary>
public sealed class WaiverSetApplyTests
{
    private static readonly LocalDate s_asOf = new(2024, 6, 30);

    private static CheckReport Shuozhou(LocalDate asOf) =>
        Bundled.Checker.Check(SnapshotReader.ReadFile(Repository.Path("samples", "data", "shuozhou-coal-mine.json")).Snapshot!, asOf);

    private static WaiverSet Set(string target, string granted = "2024-06-01", string expires = "2024-12-31", string? scope = null, string employer = "E-SZ-001")
    {
        var text = $"""
            waivers:
              - id: W-1
                {target}
                employer: {employer}
                {(scope is null ? string.Empty : $"scope: [{scope}]")}
                reason: test
                approver: auditor
                granted: {granted}
                expires: {expires}
            """;
        var loaded = WaiverSetLoadTests.Load(text);
        loaded.Diagnostics.Should().BeEmpty();
        return loaded.Waivers!;
    }

    [Fact]
    public void A_waiver_in_force_files_its_violation_apart_and_leaves_the_outcome()
    {
        var report = Shuozhou(s_asOf);
        var filing = Set("rule: jin-rsbf-2022-18.dispatch.safety-post").Apply(report);

        var waived = filing.Waived.Should().ContainSingle().Subject;
        waived.Result.Rule.Id.Should().Be("jin-rsbf-2022-18.dispatch.safety-post");
        waived.Result.Outcome.Should().Be(Outcome.Violated);
        waived.Waiver.Id.Should().Be("W-1");
        filing.Report.Should().BeSameAs(report);
        report.Count(Outcome.Violated).Should().Be(13);
        filing.OpenViolations.Should().HaveCount(12).And.NotContain(waived.Result);
        filing.OpenFindings().SelectMany(f => f.Results).Should().NotContain(waived.Result);
        filing.Expired.Should().BeEmpty();
        filing.Unused.Should().BeEmpty();
    }

    [Fact]
    public void A_waiver_that_expired_yesterday_no_longer_waives_and_is_listed_as_expired()
    {
        var filing = Set("rule: jin-rsbf-2022-18.dispatch.safety-post", expires: "2024-06-29").Apply(Shuozhou(s_asOf));

        filing.Waived.Should().BeEmpty();
        var expired = filing.Expired.Should().ContainSingle().Subject;
        expired.Waiver.Id.Should().Be("W-1");
        expired.Unwaived.Select(r => r.Rule.Id).Should().Equal("jin-rsbf-2022-18.dispatch.safety-post");
        filing.OpenViolations.Should().HaveCount(13);
    }

    [Fact]
    public void A_waiver_that_expires_today_still_waives()
    {
        var filing = Set("rule: jin-rsbf-2022-18.dispatch.safety-post", expires: "2024-06-30").Apply(Shuozhou(s_asOf));

        filing.Waived.Should().ContainSingle();
        filing.Expired.Should().BeEmpty();
    }

    [Fact]
    public void A_waiver_granted_after_the_as_of_date_is_not_yet_in_force()
    {
        var filing = Set("rule: jin-rsbf-2022-18.dispatch.safety-post", granted: "2024-07-01").Apply(Shuozhou(s_asOf));

        filing.Waived.Should().BeEmpty();
        filing.NotYetInForce.Select(w => w.Id).Should().Equal("W-1");
    }

    [Fact]
    public void A_scoped_waiver_covers_a_violation_only_when_every_record_is_in_scope()
    {
        var report = Shuozhou(s_asOf);

        // dispatch.post-nature names W089, W090 and W091: a scope of two leaves the third unwaived.
        var partial = Set("rule: ldhtf-2012.dispatch.post-nature", scope: "W089, W090").Apply(report);
        var whole = Set("rule: ldhtf-2012.dispatch.post-nature", scope: "W089, W090, W091, W200").Apply(report);

        partial.Waived.Should().BeEmpty();
        partial.Unused.Select(w => w.Id).Should().Equal("W-1");
        whole.Waived.Should().ContainSingle();
    }

    [Fact]
    public void A_duty_waiver_waives_every_rule_of_the_duty()
    {
        var report = Shuozhou(s_asOf);
        var filing = Set("duty: training.before-post").Apply(report);

        var duty = report.Violations.Where(r => r.Rule.Duty == "training.before-post").ToArray();
        duty.Should().HaveCountGreaterThan(1);
        filing.Waived.Select(w => w.Result.Rule.Id).Should().Equal(duty.Select(r => r.Rule.Id));
        filing.OpenFindings().Select(f => f.Duty).Should().NotContain("training.before-post");
    }

    [Fact]
    public void A_waiver_for_another_employer_does_nothing_here()
    {
        var filing = Set("duty: training.before-post", employer: "E-OTHER").Apply(Shuozhou(s_asOf));

        filing.Waived.Should().BeEmpty();
        filing.Unused.Should().BeEmpty();
        filing.Expired.Should().BeEmpty();
    }

    [Fact]
    public void Waivers_never_change_an_outcome()
    {
        var report = Shuozhou(s_asOf);
        var before = report.Results.Select(r => (r.Rule.Id, r.Outcome)).ToArray();

        Set("duty: dispatch.ratio").Apply(report);

        report.Results.Select(r => (r.Rule.Id, r.Outcome)).Should().Equal(before);
    }
}
