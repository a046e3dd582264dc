using System;
using ChinaLabour.Compliance.Validation;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Validation;

/// <summary>
/// Known answers for GB 11643-1999. Each valid number's check character was worked out by hand below (weights
/// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; check = "10X98765432"[sum mod 11]) and cross-checked with a second
/// implementation that derives the weights from their definition, Wi = 2^(i−1) mod 11 counted from the right:
/// <code>
/// python3 -c 'import sys; w=[2**(17-i)%11 for i in range(17)]; [print(n, t, "10X98765432"[t%11]) for n in sys.argv[1:] for t in [sum(int(d)*x for d,x in zip(n,w))]]' \
///   11010519491231002 44052418800101001 14060220000229123
/// 11010519491231002 167 X
/// 44052418800101001 195 4
/// 14060220000229123 190 9
/// </code>
/// </summary>
public sealed class ResidentIdNumberTests
{
    // The example of GB 11643-1999:
    //   digits   1 1  0 1 0 5 1 9  4  9 1  2  3 1 0 0 2
    //   weights  7 9 10 5 8 4 2 1  6  3 7  9 10 5 8 4 2
    //   products 7 9  0 5 0 20 2 9 24 27 7 18 30 5 0 0 4   sum 167
    //   167 = 15 × 11 + 2 → "10X98765432"[2] = X.
    private const string Gb11643Example = "11010519491231002X";

    // The second example of GB 11643-1999:
    //   digits   4  4  0  5  2  4 1 8  8 0 0 1  0 1 0 0 1
    //   products 28 36 0 25 16 16 2 8 48 0 0 9  0 5 0 0 2   sum 195
    //   195 = 17 × 11 + 8 → "10X98765432"[8] = 4.
    private const string Gb11643Example2 = "440524188001010014";

    // A Shuozhou (140602) number born on a leap day:
    //   digits   1  4 0  6 0 2 2 0 0 0 0  2  2  9 1 2 3
    //   products 7 36 0 30 0 8 4 0 0 0 0 18 20 45 8 8 6   sum 190
    //   190 = 17 × 11 + 3 → "10X98765432"[3] = 9.
    private const string LeapDay = "140602200002291239";

    [Theory]
    [InlineData(Gb11643Example, "110105", 1949, 12, 31)]
    [InlineData(Gb11643Example2, "440524", 1880, 1, 1)]
    [InlineData(LeapDay, "140602", 2000, 2, 29)]
    public void Valid_numbers_give_their_region_and_birth_date(string number, string region, int year, int month, int day)
    {
        var result = ResidentIdNumber.Validate(number);

        result.IsValid.Should().BeTrue();
        result.Problem.Should().BeNull();
        result.RegionCode.Should().Be(region);
        result.BirthDate.Should().Be(new LocalDate(year, month, day));
    }

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("110105194912310020")]
    [InlineData("440524188001010015")]
    [InlineData("44052418800101001X")]
    [InlineData("140602200002291238")]
    public void A_wrong_check_character_fails(string number)
    {
        var result = ResidentIdNumber.Validate(number);

        result.Problem.Should().Be(IdentifierProblem.WrongCheckCharacter);
        result.Reason.Should().Be(ValidationMessages.IdCheckMismatch);
        result.RegionCode.Should().BeNull();
        result.BirthDate.Should().BeNull();
    }

    [Theory]
    [InlineData("11010519491232002X")] // 32 December
    [InlineData("11010519491331002X")] // month 13
    [InlineData("11010519490231002X")] // 31 February
    [InlineData("140602210002291239")] // 2100 is not a leap year
    [InlineData("140602200002301239")] // 30 February
    [InlineData("440524188000010014")] // month 0
    public void A_birth_date_that_is_not_a_real_date_fails(string number)
    {
        ResidentIdNumber.Validate(number).Problem.Should().Be(IdentifierProblem.InvalidBirthDate);
        ResidentIdNumber.Validate(number).Reason!.En.Should().Be("characters 7 to 14 are not a real birth date (yyyyMMdd)");
    }

    [Theory]
    [InlineData("11010519491231002x", 18)] // X must be uppercase
    [InlineData("11010519491231002Y", 18)]
    [InlineData("1101051949123100XX", 17)]
    [InlineData("440524188001O10014", 13)]
    [InlineData("44052418800101001 ", 18)]
    [InlineData("٤40524188001010014", 1)] // an Arabic-Indic four is a digit to char.IsDigit, not to GB 11643
    public void A_character_that_is_not_a_digit_fails_with_its_position(string number, int position)
    {
        var result = ResidentIdNumber.Validate(number);

        result.Problem.Should().Be(IdentifierProblem.InvalidCharacter);
        result.Reason.Should().Be(position == 18 ? ValidationMessages.NotADigitOrX(18) : ValidationMessages.NotADigit(position));
    }

    [Theory]
    [InlineData("11010519491231002", 17)]
    [InlineData("110105194912310002X", 19)]
    [InlineData("110105491231002", 15)] // a first-generation number is not accepted
    public void A_number_of_the_wrong_length_fails(string number, int length)
    {
        ResidentIdNumber.Validate(number).Problem.Should().Be(IdentifierProblem.WrongLength);
        ResidentIdNumber.Validate(number).Reason.Should().Be(ValidationMessages.WrongLength(length, 18));
    }

    [Fact]
    public void No_number_is_missing_and_does_not_throw()
    {
        ResidentIdNumber.Validate(null).Problem.Should().Be(IdentifierProblem.Missing);
    }

    [Theory]
    [InlineData(Gb11643Example)]
    [InlineData("110105194912310021")]
    [InlineData("11010519491232002X")]
    [InlineData("11010519491231002x")]
    [InlineData("11010519491231002")]
    public void No_reason_or_text_quotes_the_number_or_the_birth_date(string number)
    {
        var result = ResidentIdNumber.Validate(number);
        var texts = new[] { result.ToString(), result.Reason?.Zh ?? string.Empty, result.Reason?.En ?? string.Empty };

        foreach (var text in texts)
        {
            text.Should().NotContain(number[..6]).And.NotContain("1949").And.NotContain("1231").And.NotContain("1232");
        }
    }

    [Fact]
    public void A_valid_result_prints_as_valid_without_its_parts()
    {
        ResidentIdNumber.Validate(Gb11643Example).ToString().Should().Be("valid");
    }

    [Theory]
    [InlineData("140602200002291234", "140602********1234")]
    [InlineData(Gb11643Example, "110105********002X")]
    [InlineData("110105491231002", "110105*****1002")]
    [InlineData("12345678901", "123456*8901")]
    [InlineData("1234567890", "**********")]
    [InlineData("", "")]
    public void Mask_shows_only_the_first_six_and_last_four_characters(string number, string masked)
    {
        ResidentIdNumber.Mask(number).Should().Be(masked);
    }

    [Fact]
    public void Mask_refuses_null()
    {
        var mask = () => ResidentIdNumber.Mask(null!);

        mask.Should().Throw<ArgumentNullException>().WithParameterName("number");
    }

    [Theory]
    [InlineData(Gb11643Example, true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", true)] // invalid, but still personal information
    [InlineData("110105491231002", true)]
    [InlineData("91140600MA0K00000X", false)]
    [InlineData("W001", false)]
    [InlineData("1101051949123100", false)]
    public void Values_shaped_like_an_id_number_are_recognised_for_masking(string value, bool looksLikeOne)
    {
        ResidentIdNumber.LooksLikeOne(value).Should().Be(looksLikeOne);
    }

    [Fact]
    public void Birth_dates_are_read_as_nodatimes_pattern_reads_them()
    {
        // The pattern the reading replaced is the oracle: every month and day number around the real ones, over leap
        // years of every kind (1900 not, 2000 and 2024 yes) and the ends of the four-digit range.
        var pattern = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
        var checkedDates = 0;
        foreach (var year in new[] { 0, 1, 1899, 1900, 1949, 1999, 2000, 2023, 2024, 2100, 9999 })
        {
            for (var month = 0; month <= 13; month++)
            {
                for (var day = 0; day <= 32; day++)
                {
                    var digits = $"{year:D4}{month:D2}{day:D2}";
                    var expected = pattern.Parse(digits);
                    ResidentIdNumber.BirthDate(digits).Should().Be(expected.Success ? expected.Value : null, digits);
                    checkedDates += expected.Success ? 1 : 0;
                }
            }
        }

        checkedDates.Should().Be((8 * 365) + (3 * 366), "the real days of the years tried: 0, 2000 and 2024 are leap years (year 0 as the proleptic calendar counts it), 1900 and 2100 are not");
    }
}
