using System.Linq;
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
    [InlineData("长于十六个字节的一行：第二十八条（三十）、“引号” — 𝄞 and some ASCII after it ⺀⹿", 83)]
    public void The_utf8_bytes_measure_as_their_text_does(string text, int units)
    {
        WorkbookColumns.Measure(text).Should().Be(units);
        WorkbookColumns.Measure(Encoding.UTF8.GetBytes(text)).Should().Be(units);
    }

    [Fact]
    public void Any_mix_of_characters_at_any_length_measures_the_same_from_bytes()
    {
        string[] characters = ["a", " ", "é", "\u07FF", "\u0800", "\u2000", "\u2E7F", "\u2E80", "\u3000", "中", "，", "\uFFEF", "\uD83D\uDE00"];
        var random = new System.Random(20240630);
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => characters[random.Next(characters.Length)]));

            WorkbookColumns.Measure(Encoding.UTF8.GetBytes(text)).Should().Be(WorkbookColumns.Measure(text), text);
        }
    }
}
