using System;
using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class CsvTests
{
    [Fact]
    public void Plain_fields_are_joined_by_commas_and_the_line_ends_crlf() =>
        Csv.Row(["a", "朔州", null, "3"]).Should().Be("a,朔州,,3\r\n");

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf", "\"cr\rlf\"")]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted(string field, string written) =>
        Csv.Row([field]).Should().Be(written + "\r\n");

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"click\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Fields_a_spreadsheet_would_take_for_formulas_stay_text(string field, string written) =>
        Csv.Row([field]).Should().Be(written + "\r\n");

    [Theory]
    [InlineData("plain", " / ", "text")]
    [InlineData("=cmd", " / ", "x")]
    [InlineData(null, " / ", "-1")]
    [InlineData("", "", "+1")]
    [InlineData("a,b", " / ", "c")]
    [InlineData("say \"hi\"", " / ", "\"quoted\" too")]
    [InlineData("two\nlines", null, null)]
    [InlineData(null, null, null)]
    [InlineData("@", " / ", "\r")]
    [InlineData("\t", null, "\"")]
    [InlineData("朔州，煤矿", " / ", "Shuozhou, coal")]
    public void A_field_appended_in_parts_is_the_field_of_their_concatenation(string? first, string? separator, string? second)
    {
        var row = new System.Text.StringBuilder("x,");

        Csv.Append(row, first, separator, second);

        row.ToString().Should().Be("x," + Csv.Row([first + separator + second])[..^2]);
    }

    [Fact]
    public void Null_fields_are_refused() =>
        FluentActions.Invoking(() => Csv.Row(null!)).Should().Throw<ArgumentNullException>().WithParameterName("fields");
}
