using System.Linq;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Loading;

/// <summary>Lint finds the root cause, folds its cascade, and says what to do: the nearest allowed name, or "add it to needs".</summary>
public sealed class LintHintTests
{
    private static string Body(string total, string check = "dispatched * 10 <= total") => $$"""
            let:
              dispatched: workforce.Dispatched
              total: {{total}}
              share: Fn.Ratio(dispatched, total)
            check: {{check}}
            message: { violated: { zh: "派遣 {dispatched}/{total} {share:P0}", en: "dispatched {dispatched} of {total}" }, compliant: { zh: "派遣 {dispatched}/{total}", en: "dispatched {dispatched} of {total}" } }
            remedy: { zh: "总数 {total}", en: "total {total}" }
        """;

    [Fact]
    public void Misspelled_member_is_one_error_with_the_nearest_member_and_no_cascade()
    {
        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.ratio", body: Body("workforce.Totl")));

        diagnostics.Select(d => d.ToString()).Should().Equal(
            "test.yaml:20:24: error CR0302 [test.ratio]: let.total does not compile: No property or field 'Totl' exists in type 'WorkforceFact'; did you mean 'Total'?");
    }

    [Fact]
    public void Fact_left_out_of_needs_says_add_it_to_needs()
    {
        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.ratio", body: Body("workers.Count()")));

        diagnostics.Should().ContainSingle().Which.Message.Should().Be(
            "let.total does not compile: Unknown identifier 'workers'; 'workers' is a fact the rule does not list: add it to needs");
    }

    [Fact]
    public void Misspelled_fact_value_or_helper_gets_the_nearest_name()
    {
        TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.ratio", body: Body("workfroce.Total"))).Should().ContainSingle()
            .Which.Message.Should().EndWith("Unknown identifier 'workfroce'; did you mean 'workforce'?");
        TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.ratio", body: Body("workforce.Total", "dispatchd * 10 <= total"))).Should().ContainSingle()
            .Which.Message.Should().EndWith("Unknown identifier 'dispatchd'; did you mean 'dispatched'?");
        TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.ratio", body: Body("Fn.Ratoi(1, 2)"))).Should().ContainSingle()
            .Which.Message.Should().Contain("did you mean 'Ratio'?");
    }

    [Theory]
    [InlineData("from: 2022-06-06\n      to: 2022-01-01", "test.yaml:19:11: error CR0109 [test.ratio]: 'to' 2022-01-01 is before the rule's first day in force 2022-06-06; a rule in force for no day is a typo")]
    [InlineData("from: 2012-06-06", "test.yaml:18:13: error CR0109 [test.ratio]: 'from' 2012-06-06 is before the document was issued (2022-06-06); a document does not judge what came before it")]
    [InlineData("from: 2102-06-06", "test.yaml:18:13: error CR0109 [test.ratio]: 'from' 2102-06-06 is more than 30 years after the document was issued (2022-06-06); check the year")]
    public void Implausible_dates_are_errors_at_their_key(string applies, string expected)
    {
        var rule = TestRules.Rule("test.ratio").Replace("    severity: major\n", $"    severity: major\n    applies:\n      {applies}\n", System.StringComparison.Ordinal);

        TestRules.Diagnostics(TestRules.Header + rule).Select(d => d.ToString()).Should().Equal(expected);
    }

    [Fact]
    public void Date_format_on_a_number_is_refused()
    {
        var body = TestRules.DefaultBody.Replace("en: \"dispatched {dispatched}\" }, compliant", "en: \"dispatched {dispatched:yyyy}\" }, compliant", System.StringComparison.Ordinal);

        TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.ratio", body: body)).Should().ContainSingle()
            .Which.Message.Should().Be("message.violated.en: format 'yyyy' does not suit 'dispatched', which is a whole number");
    }

    [Fact]
    public void Duty_shared_without_being_declared_is_an_error_at_duty()
    {
        var first = TestRules.Rule("test.first").Replace("    severity: major\n", "    duty: dispatch.ratio\n    severity: major\n", System.StringComparison.Ordinal);
        var second = TestRules.Rule("test.second").Replace("    severity: major\n", "    duty: dispatch.ratio\n    severity: major\n", System.StringComparison.Ordinal);
        var declared = TestRules.Header.Replace("rules:\n", "  sharedDuties: [dispatch.ratio]\nrules:\n", System.StringComparison.Ordinal);

        TestRules.Diagnostics(TestRules.Header + first + "\n" + second).Select(d => d.ToString()).Should().Equal(
            "test.yaml:16:11: error CR0110 [test.first]: duty 'dispatch.ratio' is also the duty of rule 'test.second' (test.yaml:31:11), so the two are reported as one finding; if they state the same obligation, list 'dispatch.ratio' under document.sharedDuties, else give this rule its own duty",
            "test.yaml:31:11: error CR0110 [test.second]: duty 'dispatch.ratio' is also the duty of rule 'test.first' (test.yaml:16:11), so the two are reported as one finding; if they state the same obligation, list 'dispatch.ratio' under document.sharedDuties, else give this rule its own duty");
        TestRules.Catalogue(declared + first + "\n" + second).Rules.Should().HaveCount(2);
    }
}
