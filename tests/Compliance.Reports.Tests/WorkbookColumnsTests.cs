using System.Text;
using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class WorkbookColumnsTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("E0000001", 8)]
    [InlineData("café ß", 6)]
    [InlineData("\u2E7F", 1)]
    [InlineData("\u2E80", 2)]
    [InlineData("\u2000\u2E7F\u2E80\u2FFF", 6)]
    [InlineData("第二十八条", 10)]
    [InlineData("（三十）", 8)]
    [InlineData("\uD83D\uDE00", 4)]
    [InlineData("16 名从业人员 / 1 of 16", 23)]
    public void The_utf8_bytes_measure_as_their_text_does(string text, int units)
    {
        WorkbookColumns.Measure(text).Should().Be(units);
        WorkbookColumns.Measure(Encoding.UTF8.GetBytes(text)).Should().Be(units);
    }
}
