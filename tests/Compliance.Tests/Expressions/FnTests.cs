using ChinaLabour.Compliance.Expressions;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Expressions;

public sealed class FnTests
{
    [Theory]
    [InlineData(12, 100, "0.12")]
    [InlineData(10, 100, "0.1")]
    [InlineData(1, 3, "0.3333333333333333333333333333")]
    [InlineData(5, 0, "0")]
    public void Ratio_is_exact_in_decimals_and_zero_over_zero_is_zero(int part, int whole, string expected)
    {
        Fn.Ratio(part, whole).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0610", "06")]
    [InlineData("06", "06")]
    [InlineData("B0610", "06")]
    [InlineData(" b06 ", "06")]
    [InlineData("B", "")]
    [InlineData("", "")]
    public void Division_is_the_first_two_digits_of_an_industry_code_with_or_without_its_section_letter(string code, string expected)
    {
        Fn.Division(code).Should().Be(expected);
    }

    [Fact]
    public void Floor_and_ceiling_round_towards_the_limit_that_keeps_the_employer_compliant()
    {
        Fn.Floor(10.9m).Should().Be(10);
        Fn.Ceiling(10.1m).Should().Be(11);
    }

    [Fact]
    public void Months_and_days_between_count_whole_units_and_go_negative_backwards()
    {
        // NodaTime's month arithmetic: 31 January plus one month is 29 February, so that is a whole month.
        Fn.MonthsBetween(new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 29)).Should().Be(1);
        Fn.MonthsBetween(new LocalDate(2024, 1, 31), new LocalDate(2024, 2, 28)).Should().Be(0);
        Fn.MonthsBetween(new LocalDate(2024, 1, 15), new LocalDate(2024, 7, 15)).Should().Be(6);
        Fn.DaysBetween(new LocalDate(2024, 3, 1), new LocalDate(2024, 2, 28)).Should().Be(-2);
    }
}
