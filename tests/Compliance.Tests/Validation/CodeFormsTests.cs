using ChinaLabour.Compliance.Validation;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Validation;

public sealed class CodeFormsTests
{
    [Theory]
    [InlineData("B0610", "0610")]
    [InlineData("0610", "0610")]
    [InlineData("c3670", "3670")]
    [InlineData(" B06 ", "06")]
    [InlineData("B", "")]
    [InlineData("BX10", "BX10")]
    public void Industry_codes_lose_their_section_letter(string code, string expected)
    {
        CodeForms.Industry(code).Should().Be(expected);
    }

    [Theory]
    [InlineData("140000", "14")]
    [InlineData("140600", "1406")]
    [InlineData("140602", "140602")]
    [InlineData("14", "14")]
    [InlineData("1406", "1406")]
    [InlineData("14060", "14060")]
    public void Region_codes_lose_the_zeros_of_a_province_or_prefecture(string code, string expected)
    {
        CodeForms.Region(code).Should().Be(expected);
    }

    [Theory]
    [InlineData("0610", "Within")]
    [InlineData("06", "Within")]
    [InlineData("0", "TooCoarse")]
    [InlineData("", "TooCoarse")]
    [InlineData("4411", "Outside")]
    public void A_code_lies_within_outside_or_is_too_coarse_for_a_rules_prefixes(string code, string expected)
    {
        CodeForms.Scope(code, ["06", "07", "0810"]).ToString().Should().Be(expected);
    }

    [Fact]
    public void A_prefecture_code_is_too_coarse_for_a_county_rule_and_within_a_province_rule()
    {
        CodeForms.Scope("1406", ["140602"]).Should().Be(CodeScope.TooCoarse);
        CodeForms.Scope("1406", ["14"]).Should().Be(CodeScope.Within);
        CodeForms.Scope("1401", ["1406"]).Should().Be(CodeScope.Outside);
    }
}
