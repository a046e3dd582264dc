using ChinaLabour.Compliance.Text;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Reporting;

public sealed class ValueFormatterTests
{
    [Theory]
    [InlineData(0.12, "P1", "12.0%")]
    [InlineData(0.1, "P0", "10%")]
    [InlineData(0.125, null, "0.125")]
    [InlineData(1234.5, "N1", "1,234.5")]
    public void Decimals_are_written_culture_free(double value, string? format, string expected)
    {
        ValueFormatter.Format((decimal)value, format).Should().Be(expected);
    }

    [Fact]
    public void Dates_are_iso_whatever_the_culture()
    {
        ValueFormatter.Format(new LocalDate(2024, 3, 1)).Should().Be("2024-03-01");
    }

    [Fact]
    public void Months_are_iso_too()
    {
        ValueFormatter.Format(new YearMonth(2024, 5)).Should().Be("2024-05");
    }

    [Fact]
    public void Formats_that_do_not_suit_the_type_are_refused()
    {
        ValueFormatter.Accepts(typeof(decimal), "P1").Should().BeTrue();
        ValueFormatter.Accepts(typeof(string), "P1").Should().BeFalse();
        ValueFormatter.Accepts(typeof(int), "Q").Should().BeFalse();
    }
}
