using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>"Did you mean": for mistyped commands and options, as well as rule ids and documents (RuleSelectionTests).</summary>
public sealed class SuggestionsTests
{
    [Fact]
    public void A_mistyped_command_gets_the_command_meant()
    {
        var (exit, _, error) = Cli.Run("chek", "x.json");

        exit.Should().Be(2);
        error.Should().Contain("error: Unrecognized command or argument 'chek'. (did you mean 'check'?) (run with --help for usage)");
    }

    [Fact]
    public void A_mistyped_option_gets_the_option_meant_among_its_commands_options()
    {
        var (exit, _, error) = Cli.Run("batch", "in", "--sevrity", "major");

        exit.Should().Be(2);
        error.Should().Contain("'--sevrity'. (did you mean '--severity'?)");
    }

    [Fact]
    public void A_word_like_nothing_gets_no_suggestion()
    {
        Cli.Run("zzzzzz").Err.Should().NotContain("did you mean");
    }

    [Fact]
    public void A_mistyped_rule_id_gets_the_id_meant_in_explain_and_rules_show()
    {
        var explain = Cli.Run("explain", "ldhtf-2012.dispatch.rato", Cli.Sample("shuozhou-coal-mine.json"));
        var show = Cli.Run("rules", "show", "ldhtf-2012.dispatch.rato");

        (explain.Exit, show.Exit).Should().Be((2, 2));
        explain.Err.Should().Contain("error: no rule 'ldhtf-2012.dispatch.rato' (did you mean 'ldhtf-2012.dispatch.ratio'?); list them with 'rules list'");
        show.Err.Should().Contain("error: no rule 'ldhtf-2012.dispatch.rato'; did you mean ldhtf-2012.dispatch.ratio?");
    }

    [Theory]
    [InlineData("chek", "check", 1)]
    [InlineData("check", "check", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_single_letter_edits(string a, string b, int distance) => Suggestions.Distance(a, b).Should().Be(distance);

    [Fact]
    public void Closest_ignores_case_and_refuses_what_is_too_far() =>
        (Suggestions.Closest("CHEK", ["batch", "check"]), Suggestions.Closest("xyz", ["batch", "check"])).Should().Be(("check", null));
}
