using System;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Validation;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class CodeScopesTests
{
    private static readonly System.Collections.Generic.IReadOnlyList<ChinaLabour.Compliance.Catalogue.CompiledRule> s_rules = Bundled.Catalogue.Compiled;

    private static int Index(Func<ChinaLabour.Compliance.Catalogue.Rule, bool> which) =>
        s_rules.Select((r, i) => (r, i)).First(p => which(p.r.Definition)).i;

    [Fact]
    public void A_region_code_lies_within_outside_or_too_coarse_for_each_rule_as_the_rule_by_rule_scope_says()
    {
        // Shuozhou's own rules, Shanxi's, and the national ones, against a county of Shuozhou, of Taiyuan, the province, and Beijing.
        foreach (var code in new[] { "140602", "140105", "140000", "14", "110101" })
        {
            var scopes = CodeScopes.Region(code, s_rules);

            for (var i = 0; i < s_rules.Count; i++)
            {
                var regions = s_rules[i].Definition.Applies.Regions;
                scopes.Of(i).Should().Be(regions.Count == 0 ? CodeScope.Within : CodeForms.Scope(CodeForms.Region(code), regions), "rule {0}, code {1}", s_rules[i].Definition.Id, code);
            }
        }

        var shuozhou = Index(r => r.Applies.Regions.SequenceEqual(["1406"]));
        CodeScopes.Region("140602", s_rules).Of(shuozhou).Should().Be(CodeScope.Within);
        CodeScopes.Region("140105", s_rules).Of(shuozhou).Should().Be(CodeScope.Outside);
        CodeScopes.Region("140000", s_rules).Of(shuozhou).Should().Be(CodeScope.TooCoarse, "a province's code cannot tell whether a city's rule binds");
    }

    [Fact]
    public void An_industry_code_with_its_section_letter_lies_where_the_plain_code_lies()
    {
        var lettered = CodeScopes.Industry("B0610", s_rules);
        var plain = CodeScopes.Industry("0610", s_rules);

        Enumerable.Range(0, s_rules.Count).Select(lettered.Of).Should().Equal(Enumerable.Range(0, s_rules.Count).Select(plain.Of));
        lettered.Of(Index(r => r.Applies.Industries.SequenceEqual(["06"]))).Should().Be(CodeScope.Within);
        CodeScopes.Industry("4710", s_rules).Of(Index(r => r.Applies.Industries.SequenceEqual(["06"]))).Should().Be(CodeScope.Outside);
    }

    [Fact]
    public void A_rule_the_code_lies_outside_gets_one_result_whose_words_name_the_code_as_given()
    {
        var shuozhou = Index(r => r.Applies.Regions.SequenceEqual(["1406"]));
        var scopes = CodeScopes.Region("140105", s_rules);
        var rule = s_rules[shuozhou].Definition;

        var result = scopes.Result(shuozhou);

        result.Should().BeSameAs(scopes.Result(shuozhou));
        result.Should().Be(new RuleResult { Rule = rule, Outcome = Outcome.NotApplicable, NotApplicable = NotApplicableReason.OtherRegion, Reason = CheckMessages.OtherRegion("140105", rule.Applies.Regions) });
        CodeScopes.Region("110101", s_rules).Result(shuozhou).Reason.Should().Be(CheckMessages.OtherRegion("110101", rule.Applies.Regions), "each code keeps its own words");

        var mining = Index(r => r.Applies.Industries.SequenceEqual(["06"]));
        CodeScopes.Industry("4710", s_rules).Result(mining).Should().Be(new RuleResult
        {
            Rule = s_rules[mining].Definition,
            Outcome = Outcome.NotApplicable,
            NotApplicable = NotApplicableReason.OtherIndustry,
            Reason = CheckMessages.OtherIndustry("4710", s_rules[mining].Definition.Applies.Industries),
        });
    }

    [Fact]
    public void A_rule_the_code_lies_within_gets_no_result_of_the_codes()
    {
        var shuozhou = Index(r => r.Applies.Regions.SequenceEqual(["1406"]));
        var national = Index(r => r.Applies.Regions.Count == 0);

        CodeScopes.Region("140602", s_rules).Invoking(s => s.Result(shuozhou)).Should().Throw<InvalidOperationException>("the rule binds Shuozhou's employers");
        CodeScopes.Region("110101", s_rules).Invoking(s => s.Result(national)).Should().Throw<InvalidOperationException>("a national rule binds every region");
    }

    [Fact]
    public void A_code_too_coarse_for_a_rule_leaves_it_undecided_naming_the_code_never_not_applicable()
    {
        var shuozhou = Index(r => r.Applies.Regions.SequenceEqual(["1406"]));
        var rule = s_rules[shuozhou].Definition;
        var scopes = CodeScopes.Region("140000", s_rules);

        var result = scopes.Result(shuozhou);

        result.Should().BeSameAs(scopes.Result(shuozhou));
        result.Rule.Should().BeSameAs(rule);
        result.Outcome.Should().Be(Outcome.Indeterminate, "a province's code is too coarse, not outside");
        result.NotApplicable.Should().BeNull();
        result.MissingFacts.Should().Equal("enterprise.regionCode");
        result.Reason.Should().Be(CheckMessages.RegionTooCoarse("140000", rule.Applies.Regions));

        var mining = Index(r => r.Applies.Industries.SequenceEqual(["06"]));
        CodeScopes.Industry("0", s_rules).Of(mining).Should().Be(CodeScope.TooCoarse);
        CodeScopes.Industry("0", s_rules).Result(mining).MissingFacts.Should().Equal("enterprise.industryCode");
    }

    [Fact]
    public void A_code_is_named_from_the_standards_table_and_an_unknown_one_is_kept_without_a_name()
    {
        CodeScopes.Region("140602", s_rules).Named.Should().Be(new NamedCode("140602", RegionCodes.Default.TryGet("140602", out var place) ? place.NameInWords : null));
        CodeScopes.Region("140602", s_rules).Named.Name.Should().NotBeNull();
        CodeScopes.Industry("0610", s_rules).Named.Should().Be(new NamedCode("0610", IndustryCodes.Default.TryGet("0610", out var known) ? known.Name : null));
        CodeScopes.Industry("0610", s_rules).Named.Name.Should().NotBeNull();
        CodeScopes.Region("999999", s_rules).Named.Should().Be(new NamedCode("999999", null));
    }
}
