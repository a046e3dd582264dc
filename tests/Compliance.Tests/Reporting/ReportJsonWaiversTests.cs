using System.Linq;
using System.Text.Json;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using Compliance.Tests.Waivers;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Reporting;

/// <summary>A report checked with waivers lists them after its results; one checked without keeps its bytes.</summary>
public sealed class ReportJsonWaiversTests
{
    private static readonly ChinaLabour.Compliance.Checking.CheckReport s_report =
        Bundled.Checker.Check(SnapshotReader.ReadFile(Repository.Path("samples", "data", "shuozhou-coal-mine.json")).Snapshot!, new LocalDate(2024, 6, 30));

    private static readonly ChinaLabour.Compliance.Waivers.WaiverFiling s_filing =
        WaiverSetLoadTests.Load(System.IO.File.ReadAllText(Repository.Path("samples", "waivers", "shuozhou.yaml"))).Waivers!.Apply(s_report);

    [Fact]
    public void The_sample_waivers_give_a_waived_and_an_expired_list()
    {
        using var json = JsonDocument.Parse(ReportJson.ToJsonFiled(s_filing));
        var root = json.RootElement;

        root.GetProperty("schema").GetString().Should().Be(ReportJson.Schema);
        var waived = root.GetProperty("waived").EnumerateArray().Should().ContainSingle().Subject;
        waived.GetProperty("ruleId").GetString().Should().Be("jin-rsbf-2022-18.dispatch.safety-post");
        waived.GetProperty("employer").GetString().Should().Be("E-SZ-001");
        waived.GetProperty("waiver").GetString().Should().Be("W-1");
        waived.GetProperty("approver").GetString().Should().Be("张审计 (audit lead)");
        waived.GetProperty("granted").GetString().Should().Be("2024-06-15");
        waived.GetProperty("expires").GetString().Should().Be("2024-07-31");
        var expired = root.GetProperty("expiredWaivers").EnumerateArray().Should().ContainSingle().Subject;
        expired.GetProperty("waiver").GetString().Should().Be("W-2");
        expired.GetProperty("expires").GetString().Should().Be("2024-06-29");
        expired.GetProperty("unwaived").EnumerateArray().Select(e => e.GetString()).Should().HaveCount(4).And.Contain("aqscf-2021.training.before-post");
    }

    [Fact]
    public void The_report_part_is_the_report_without_waivers_byte_for_byte()
    {
        var plain = ReportJson.ToJson(s_report);
        var filed = ReportJson.ToJsonFiled(s_filing);

        filed.Should().StartWith(plain[..plain.LastIndexOf("\n}", System.StringComparison.Ordinal)]);
        // The outcomes stay: the summary still counts the waived violation as violated.
        filed.Should().Contain("\"violated\": 13");
    }
}
