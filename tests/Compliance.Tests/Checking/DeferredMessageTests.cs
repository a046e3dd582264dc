using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class DeferredMessageTests
{
    private static readonly ComplianceChecker s_checker = ComplianceChecker.Create(TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.ratio")));

    private static RuleResult Decide(int labor, int dispatched) =>
        s_checker.Check(Employers.Mine(labor: labor, dispatched: dispatched), Employers.AsOf)
            .Results.Single();

    [Theory]
    [InlineData(95, 5, Outcome.Compliant)]
    [InlineData(80, 20, Outcome.Violated)]
    public void A_message_is_written_when_first_read_with_the_figures_of_its_result(int labor, int dispatched, Outcome outcome)
    {
        var result = Decide(labor, dispatched);

        result.Outcome.Should().Be(outcome);
        result.DeferredMessage!.IsRendered.Should().BeFalse("nothing has read the message yet");
        result.Message.Should().Be(new BilingualText($"派遣 {dispatched} 人", $"dispatched {dispatched}"));
        result.DeferredMessage.IsRendered.Should().BeTrue();
        result.Message.Should().BeSameAs(result.Message, "a message is written once");
    }

    [Fact]
    public void Results_are_equal_whether_their_messages_were_read_or_not_and_differ_when_the_texts_do()
    {
        var unread = Decide(95, 5);
        var given = unread with { Message = new BilingualText("派遣 5 人", "dispatched 5") };

        unread.DeferredMessage!.IsRendered.Should().BeFalse();
        given.DeferredMessage!.IsRendered.Should().BeTrue("a message given as text is already written");
        unread.Equals(given).Should().BeTrue("a message written later equals the same text given now");
        unread.GetHashCode().Should().Be(given.GetHashCode());
        unread.Should().NotBe(unread with { Message = new BilingualText("派遣 5 人", "dispatched 6") });
        unread.Should().NotBe(unread with { Message = null });
    }

    [Fact]
    public void A_remedy_is_written_when_first_read_and_only_a_violation_has_one()
    {
        var checker = ComplianceChecker.Create(TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.ratio", body: TestRules.DefaultBody + "\n" + """
                remedy: { zh: "减少派遣至 {total} 人的一成", en: "bring the {dispatched} dispatched within a tenth of {total}" }
            """)));
        var violated = checker.Check(Employers.Mine(labor: 80, dispatched: 20), Employers.AsOf).Results.Single();
        var compliant = checker.Check(Employers.Mine(labor: 95, dispatched: 5), Employers.AsOf).Results.Single();

        violated.DeferredRemedy!.IsRendered.Should().BeFalse("nothing has read the remedy yet");
        violated.Remedy.Should().Be(new BilingualText("减少派遣至 100 人的一成", "bring the 20 dispatched within a tenth of 100"));
        violated.DeferredRemedy.IsRendered.Should().BeTrue();
        violated.Should().Be(violated with { Remedy = violated.Remedy }, "a remedy written later equals the same text given");
        violated.Should().NotBe(violated with { Remedy = new BilingualText("减少", "reduce") });
        compliant.Remedy.Should().BeNull("a rule complied with needs no remedy");
    }

    [Fact]
    public void A_result_given_its_text_reads_it_back_and_one_given_none_has_none()
    {
        var text = new BilingualText("中", "en");
        var given = new RuleResult { Rule = Decide(95, 5).Rule, Outcome = Outcome.Compliant, Message = text };

        given.Message.Should().BeSameAs(text);
        (given with { Message = null }).Message.Should().BeNull();
    }
}
