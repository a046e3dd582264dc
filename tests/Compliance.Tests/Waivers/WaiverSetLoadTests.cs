using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Waivers;
using ChinaLabour.Compliance.Yaml;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Waivers;

/// <summary>A waiver file loads into waivers, or into every problem with its line and column; it never throws.</summary>
public sealed class WaiverSetLoadTests
{
    private const string Valid = """
        waivers:
          - id: W-1
            rule: jin-rsbf-2022-18.dispatch.safety-post
            employer: E-SZ-001
            scope: [W093]
            reason: moving to a labour contract
            approver: 张审计
            granted: 2024-06-15
            expires: 2024-07-31
          - id: W-2
            duty: training.before-post
            employer: E-SZ-001
            reason: records re-scanned
            approver: 张审计
            granted: 2024-06-01
            expires: 2024-06-29
        """;

    internal static WaiverLoadResult Load(string text, IReadOnlySet<string>? employers = null) =>
        WaiverSet.Load(text, "waivers.yaml", Bundled.Catalogue.Rules, employers);

    private static Diagnostic Single(string text, IReadOnlySet<string>? employers = null)
    {
        var result = Load(text, employers);
        result.Success.Should().BeFalse();
        return result.Diagnostics.Should().ContainSingle().Subject;
    }

    [Fact]
    public void A_valid_file_loads_every_waiver_with_its_fields_and_position()
    {
        var result = Load(Valid, new HashSet<string> { "E-SZ-001" });

        result.Diagnostics.Should().BeEmpty();
        var waivers = result.Waivers!.Waivers;
        waivers.Select(w => w.Id).Should().Equal("W-1", "W-2");
        waivers[0].Should().BeEquivalentTo(new
        {
            RuleId = "jin-rsbf-2022-18.dispatch.safety-post",
            Duty = (string?)null,
            EmployerId = "E-SZ-001",
            Scope = new[] { "W093" },
            Reason = "moving to a labour contract",
            Approver = "张审计",
            Granted = new LocalDate(2024, 6, 15),
            Expires = new LocalDate(2024, 7, 31),
            Position = new SourcePosition("waivers.yaml", 2, 5),
        });
        waivers[1].Duty.Should().Be("training.before-post");
        waivers[1].Scope.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_rule_is_a_positioned_error_with_the_nearest_id()
    {
        var d = Single(Valid.Replace("rule: jin-rsbf-2022-18.dispatch.safety-post", "rule: jin-rsbf-2022-18.dispatch.safety-pots", System.StringComparison.Ordinal));

        d.ToString().Should().Be(
            "waivers.yaml:3:11: error CR0601 [W-1]: waiver names rule 'jin-rsbf-2022-18.dispatch.safety-pots', which the catalogue does not hold; did you mean 'jin-rsbf-2022-18.dispatch.safety-post'?");
    }

    [Fact]
    public void An_unknown_duty_is_a_positioned_error()
    {
        var d = Single(Valid.Replace("duty: training.before-post", "duty: training.before-pots", System.StringComparison.Ordinal));

        d.Code.Should().Be(WaiverMessages.UnknownDuty);
        d.Position.Should().Be(new SourcePosition("waivers.yaml", 11, 11));
        d.Message.Should().EndWith("did you mean 'training.before-post'?");
    }

    [Fact]
    public void An_employer_not_among_those_checked_is_a_positioned_error()
    {
        var d = Single(Valid.Replace("employer: E-SZ-001\n    reason: records", "employer: E-SZ-002\n    reason: records", System.StringComparison.Ordinal), new HashSet<string> { "E-SZ-001" });

        d.ToString().Should().Be(
            "waivers.yaml:12:15: error CR0603 [W-2]: waiver names employer 'E-SZ-002', which is not among the employers checked; did you mean 'E-SZ-001'?");
    }

    [Fact]
    public void Any_employer_is_accepted_when_none_are_known()
    {
        Load(Valid.Replace("E-SZ-001", "OTHER", System.StringComparison.Ordinal)).Success.Should().BeTrue();
    }

    [Fact]
    public void A_repeated_waiver_id_names_the_first()
    {
        var d = Single(Valid.Replace("id: W-2", "id: W-1", System.StringComparison.Ordinal));

        d.ToString().Should().Be("waivers.yaml:10:9: error CR0604 [W-1]: waiver id 'W-1' is already used at waivers.yaml:2:9");
    }

    [Fact]
    public void An_expiry_before_the_grant_is_an_error_at_the_expiry()
    {
        var d = Single(Valid.Replace("expires: 2024-06-29", "expires: 2024-05-31", System.StringComparison.Ordinal));

        d.ToString().Should().Be(
            "waivers.yaml:16:14: error CR0605 [W-2]: 'expires' 2024-05-31 is before 'granted' 2024-06-01; a waiver in force for no day is a typo");
    }

    [Fact]
    public void A_bad_date_is_the_shared_date_error()
    {
        var d = Single(Valid.Replace("granted: 2024-06-15", "granted: 2024-06-31", System.StringComparison.Ordinal));

        d.Code.Should().Be(YamlMessages.BadDate);
        d.Position.Should().Be(new SourcePosition("waivers.yaml", 8, 14));
    }

    [Fact]
    public void An_unknown_key_is_reported_at_the_key_with_the_keys_allowed()
    {
        var d = Single(Valid.Replace("    approver: 张审计\n    granted: 2024-06-15", "    approver: 张审计\n    aprover: x\n    granted: 2024-06-15", System.StringComparison.Ordinal));

        d.Code.Should().Be(YamlMessages.UnknownKey);
        d.Position.Should().Be(new SourcePosition("waivers.yaml", 8, 5));
        d.Message.Should().Contain("did you mean 'approver'?");
    }

    [Fact]
    public void A_missing_key_is_reported_at_its_waiver()
    {
        var d = Single(Valid.Replace("    approver: 张审计\n    granted: 2024-06-01", "    granted: 2024-06-01", System.StringComparison.Ordinal));

        d.ToString().Should().Be("waivers.yaml:10:5: error CR0102 [W-2]: 'approver' is required in a waiver but is missing");
    }

    [Fact]
    public void A_waiver_naming_both_a_rule_and_a_duty_is_an_error()
    {
        var d = Single(Valid.Replace("    duty: training.before-post", "    duty: training.before-post\n    rule: ldhtf-2012.dispatch.ratio", System.StringComparison.Ordinal));

        d.ToString().Should().Be("waivers.yaml:12:11: error CR0606 [W-2]: a waiver names either a 'rule' or a 'duty', exactly one of them");
    }

    [Fact]
    public void Bad_yaml_is_a_positioned_syntax_error_not_an_exception()
    {
        var d = Single("waivers:\n  - id: [W-1\n");

        d.Code.Should().Be(YamlMessages.YamlSyntax);
        d.Position.Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_an_error()
    {
        Single("- id: W-1\n").Code.Should().Be(YamlMessages.WrongShape);
    }

    [Fact]
    public void Every_problem_is_reported_not_just_the_first()
    {
        var text = Valid
            .Replace("rule: jin-rsbf-2022-18.dispatch.safety-post", "rule: nope", System.StringComparison.Ordinal)
            .Replace("expires: 2024-06-29", "expires: 2024-05-31", System.StringComparison.Ordinal);

        Load(text).Diagnostics.Select(d => d.Code).Should().Equal(WaiverMessages.UnknownRule, WaiverMessages.ExpiresBeforeGranted);
    }
}
