using ChinaLabour.Compliance.Spreadsheets;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class DateCellTests
{
    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2024/2/29", 2024, 2, 29)]
    [InlineData("2024.02.29", 2024, 2, 29)]
    [InlineData("2024年2月29日", 2024, 2, 29)]
    [InlineData("2024年2月29号", 2024, 2, 29)]
    [InlineData("20240229", 2024, 2, 29)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    [InlineData("2024-02-29 00:00:00", 2024, 2, 29)]
    [InlineData("2024/2/29 8:30", 2024, 2, 29)]
    [InlineData("1900-01-01", 1900, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Real_dates_in_every_form_are_read(string text, int year, int month, int day) =>
        DateCell.Parse(text).Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("24-03-31")]
    [InlineData("31/03/2024")]
    [InlineData("2024-03")]
    [InlineData("2024-03-31 25:00")]
    [InlineData("2024-03-31 noon")]
    [InlineData("1899-12-31")]
    [InlineData("20241301")]
    [InlineData("二〇二四年三月")]
    [InlineData("")]
    public void Anything_else_is_not_a_date(string text) => DateCell.Parse(text).Should().BeNull();

    [Theory]
    [InlineData(61, 1900, 3, 1)]
    [InlineData(45382, 2024, 3, 31)]
    [InlineData(2958465, 9999, 12, 31)]
    public void Excel_serials_count_from_1899_12_30_in_the_1900_system(double serial, int year, int month, int day) =>
        DateCell.FromSerial(serial).Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData(60)] // Excel's 29 February 1900, a day that never was
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(45382.5)]
    [InlineData(2958466)]
    public void Serials_that_are_no_real_day_are_refused(double serial) => DateCell.FromSerial(serial).Should().BeNull();

    [Theory]
    [InlineData("2024-03", 2024, 3)]
    [InlineData("2024/3", 2024, 3)]
    [InlineData("2024年3月", 2024, 3)]
    [InlineData("202403", 2024, 3)]
    [InlineData("2024-03-31", 2024, 3)]
    public void Months_are_read_in_every_form(string text, int year, int month) =>
        DateCell.ParseMonth(text).Should().Be(new YearMonth(year, month));

    [Theory]
    [InlineData("2024-13")]
    [InlineData("202413")]
    [InlineData("2024-02-30")]
    [InlineData("March 2024")]
    public void Anything_else_is_not_a_month(string text) => DateCell.ParseMonth(text).Should().BeNull();
}
