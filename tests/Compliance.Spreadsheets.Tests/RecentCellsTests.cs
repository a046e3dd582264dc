using System;
using System.Linq;
using ChinaLabour.Compliance.Spreadsheets;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class RecentCellsTests
{
    [Fact]
    public void A_cell_read_again_in_its_column_is_the_same_string()
    {
        var recent = new RecentCells();

        var first = recent.Text(0, "劳动合同".AsSpan());
        var again = recent.Text(0, "劳动合同".ToCharArray());

        again.Should().BeSameAs(first);
        recent.Text(1, "劳动合同".AsSpan()).Should().NotBeSameAs(first, "each column keeps its own strings");
    }

    [Fact]
    public void Every_text_comes_back_as_written_whatever_its_place_holds()
    {
        var recent = new RecentCells();
        var random = new Random(3);
        var words = Enumerable.Range(0, 400).Select(i => new string('x', i % 40) + i).Concat(["是", "否", "2024-03-31", "2024-03-13", "E0000001"]).ToArray();

        for (var i = 0; i < 20_000; i++)
        {
            var word = words[random.Next(words.Length)];
            var column = random.Next(70);
            recent.Text(column, word.AsSpan()).Should().Be(word);
        }
    }

    [Fact]
    public void A_column_whose_cells_seldom_repeat_stops_holding_strings_and_one_that_repeats_keeps_them()
    {
        var recent = new RecentCells();
        for (var i = 0; i < 1000; i++)
        {
            recent.Text(0, ("110101199003" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).AsSpan());
            recent.Text(1, (i % 2 == 0 ? "是" : "否").AsSpan());
        }

        recent.Text(0, "P1".AsSpan()).Should().NotBeSameAs(recent.Text(0, "P1".AsSpan()));
        recent.Text(1, "是".AsSpan()).Should().BeSameAs(recent.Text(1, "是".AsSpan()));
    }
}
