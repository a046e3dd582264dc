using ChinaLabour.Compliance.Validation;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Validation;

/// <summary>
/// Known answers for GB 32100-2015. Each valid code's check character was worked out by hand below (character values:
/// 0-9 → 0-9, A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27 W28 X29 Y30; weights
/// 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28; check = 31 − (sum mod 31), 31 → 0) and cross-checked with a
/// second implementation that derives the weights from their definition, Wi = 3^(i−1) mod 31:
/// <code>
/// python3 -c 'import sys; s="0123456789ABCDEFGHJKLMNPQRTUWXY"; w=[3**i%31 for i in range(17)]; [print(c, t, s[-t%31]) for c in sys.argv[1:] for t in [sum(s.index(x)*y for x,y in zip(c,w))]]' \
///   91350100M000100Y4 91140600MA0K00000 91140602MA0K0000C 52140600MJY4K7P2W 91140600MA0L00000 91140602MA0K0000D 91142201MA0K00000
/// 91350100M000100Y4 1640 3
/// 91140600MA0K00000 1242 X
/// 91140602MA0K0000C 1612 0
/// 52140600MJY4K7P2W 3422 K
/// 91140600MA0L00000 1255 G
/// 91140602MA0K0000D 1640 3
/// 91142201MA0K00000 1193 G
/// </code>
/// </summary>
public sealed class UnifiedSocialCreditCodeTests
{
    // The worked example of GB 32100-2015 (its counter-example 91350100M000100Y4Z is below):
    //   chars    9  1  3   5  0   1  0  0   M   0  0  0  1  0  0   Y   4
    //   values   9  1  3   5  0   1  0  0  21   0  0  0  1  0  0  30   4
    //   weights  1  3  9  27 19  26 16 17  20  29 25 13  8 24 10  30  28
    //   products 9  3 27 135  0  26  0  0 420   0  0  0  8  0  0 900 112   sum 1640
    //   1640 = 52 × 31 + 28; 31 − 28 = 3 → check character 3.
    private const string Gb32100Example = "91350100M000100Y43";

    // A Shuozhou (140600) enterprise; the check character is a letter:
    //   chars    9  1  1   4  0   6  0  0   M   A  0   K  0  0  0  0  0
    //   values   9  1  1   4  0   6  0  0  21  10  0  19  0  0  0  0  0
    //   products 9  3  9 108  0 156  0  0 420 290  0 247  0  0  0  0  0   sum 1242
    //   1242 = 40 × 31 + 2; 31 − 2 = 29 → X.
    private const string Shuozhou = "91140600MA0K00000X";

    // The case "31 stands for 0": region 140602, and the 17th character chosen so that 31 divides the sum:
    //   chars    9  1  1   4  0   6  0   2   M   A  0   K  0  0  0  0   C
    //   values   9  1  1   4  0   6  0   2  21  10  0  19  0  0  0  0  12
    //   products 9  3  9 108  0 156  0  34 420 290  0 247  0  0  0  0 336   sum 1612
    //   1612 = 52 × 31 + 0; 31 − 0 = 31 → 0.
    private const string CheckZero = "91140602MA0K0000C0";

    // A social organisation registered with civil affairs (5), type 2, letters throughout the organisation code:
    //   chars    5  2  1   4  0   6  0  0   M   J   Y   4   K   7   P  2   W
    //   values   5  2  1   4  0   6  0  0  21  18  30   4  19   7  23  2  28
    //   products 5  6  9 108  0 156  0  0 420 522 750  52 152 168 230 60 784   sum 3422
    //   3422 = 110 × 31 + 12; 31 − 12 = 19 → K.
    private const string CivilAffairs = "52140600MJY4K7P2WK";

    [Theory]
    [InlineData(Gb32100Example, '9', '1', "350100")]
    [InlineData(Shuozhou, '9', '1', "140600")]
    [InlineData(CheckZero, '9', '1', "140602")]
    [InlineData(CivilAffairs, '5', '2', "140600")]
    public void Valid_codes_give_their_parts(string code, char authority, char type, string region)
    {
        var result = UnifiedSocialCreditCode.Validate(code);

        result.IsValid.Should().BeTrue();
        result.Problem.Should().BeNull();
        result.Reason.Should().BeNull();
        result.RegistrationAuthority.Should().Be(authority);
        result.OrganizationType.Should().Be(type);
        result.RegionCode.Should().Be(region);
    }

    [Theory]
    [InlineData("91350100M000100Y44", '3', '4')]
    [InlineData("91140600MA0K000001", 'X', '1')] // the credit code of samples/data/shuozhou-coal-mine.json
    [InlineData("91140602MA0K0000CY", '0', 'Y')]
    [InlineData("52140600MJY4K7P2W0", 'K', '0')]
    public void A_wrong_check_character_names_the_expected_one(string code, char expected, char found)
    {
        var result = UnifiedSocialCreditCode.Validate(code);

        result.IsValid.Should().BeFalse();
        result.Problem.Should().Be(IdentifierProblem.WrongCheckCharacter);
        result.Reason.Should().Be(ValidationMessages.WrongCheckCharacter(expected, found));
        result.RegionCode.Should().BeNull();
    }

    [Theory]
    // K (19) → L (20) at position 12, weight 13: 1242 + 13 = 1255 = 40 × 31 + 15; 31 − 15 = 16 → G.
    [InlineData("91140600MA0L00000X", 'G', 'X')]
    // C (12) → D (13) at position 17, weight 28: 1612 + 28 = 1640, as in the standard's example → 3.
    [InlineData("91140602MA0K0000D0", '3', '0')]
    public void A_mistyped_body_character_is_caught_by_the_check_character(string code, char expected, char found)
    {
        var result = UnifiedSocialCreditCode.Validate(code);

        result.Problem.Should().Be(IdentifierProblem.WrongCheckCharacter);
        result.Reason.Should().Be(ValidationMessages.WrongCheckCharacter(expected, found));
    }

    [Fact]
    public void The_wrong_check_character_message_is_pinned()
    {
        UnifiedSocialCreditCode.Validate("91350100M000100Y44").Reason!.En.Should().Be("wrong check character — expected 3, found 4");
        UnifiedSocialCreditCode.Validate("91350100M000100Y44").Reason!.Zh.Should().Be("校验码错误：应为 3，实为 4");
    }

    [Theory]
    [InlineData("91350100M000100Y4Z", 'Z', 18)] // the standard's own counter-example
    [InlineData("9I350100M000100Y43", 'I', 2)]
    [InlineData("91350100M0O0100Y43", 'O', 11)]
    [InlineData("91350100m000100Y43", 'm', 9)]
    [InlineData("52140600MJY4K7P2VK", 'V', 17)]
    [InlineData("52140600MJY4K7S2WK", 'S', 15)]
    [InlineData("91140600MA0K00000Z", 'Z', 18)]
    public void A_character_outside_the_code_set_is_named_with_its_position(string code, char character, int position)
    {
        var result = UnifiedSocialCreditCode.Validate(code);

        result.Problem.Should().Be(IdentifierProblem.InvalidCharacter);
        result.Reason.Should().Be(ValidationMessages.OutsideCodeSet(character, position));
    }

    [Fact]
    public void The_code_set_message_is_pinned_and_shows_white_space_by_code_point()
    {
        UnifiedSocialCreditCode.Validate("91350100M000100Y4Z").Reason!.En.Should().Be(
            "character 18, 'Z', is outside the GB 32100-2015 code set (digits and uppercase letters except I, O, Z, S, V)");
        UnifiedSocialCreditCode.Validate("52140600MJY4K7P2W ").Reason!.En.Should().StartWith("character 18, 'U+0020', is outside");
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    [InlineData("9114060MA0K00000X", 17)]
    [InlineData("", 0)]
    public void A_code_of_the_wrong_length_says_18_are_expected(string code, int length)
    {
        var result = UnifiedSocialCreditCode.Validate(code);

        result.Problem.Should().Be(IdentifierProblem.WrongLength);
        result.Reason!.En.Should().Be($"wrong length: {length} characters (18 expected)");
    }

    [Fact]
    public void No_code_is_missing_and_does_not_throw()
    {
        var result = UnifiedSocialCreditCode.Validate(null);

        result.IsValid.Should().BeFalse();
        result.Problem.Should().Be(IdentifierProblem.Missing);
        result.Reason.Should().Be(ValidationMessages.NoCreditCode);
    }

    [Fact]
    public void A_region_code_no_longer_in_the_division_list_is_not_a_fault()
    {
        // 142201 is a code of the former 忻州地区, which became the prefecture-level city 1409 in 2000:
        //   chars    9  1  1   4   2   2  0   1   M   A  0   K  0  0  0  0  0
        //   products 9  3  9 108  38  52  0  17 420 290  0 247  0  0  0  0  0   sum 1193
        //   1193 = 38 × 31 + 15; 31 − 15 = 16 → G.
        var result = UnifiedSocialCreditCode.Validate("91142201MA0K00000G");

        result.IsValid.Should().BeTrue();
        result.RegionCode.Should().Be("142201");
    }
}
