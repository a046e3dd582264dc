using System.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>File names of employers' pages: safe on any file system, unique, and the same on every run.</summary>
public sealed class PageNamesTests
{
    [Theory]
    [InlineData("B0001", "B0001")]
    [InlineData("E-TY-200", "E-TY-200")]
    [InlineData("91140105MA0L00000Y", "91140105MA0L00000Y")]
    [InlineData("a/../b", "a_.._b")]
    [InlineData("C:\\x y", "C__x_y")]
    [InlineData("太原建筑", "____")]
    [InlineData("..", "_..")]
    [InlineData(".hidden", "_.hidden")]
    [InlineData("", "_")]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("COM1", "_COM1")]
    [InlineData("COM10", "COM10")]
    [InlineData("CONSOLE", "CONSOLE")]
    public void Characters_outside_the_safe_set_become_underscores(string id, string name)
    {
        new PageNames().Next(id).Should().Be(name);
    }

    [Fact]
    public void Names_that_meet_are_numbered_in_the_order_asked()
    {
        var names = new PageNames();

        new[] { "E/1", "E:1", "a", "e_1", "a-2", "a", "E 1" }.Select(names.Next).Should()
            .Equal("E_1", "E_1-2", "a", "e_1-3", "a-2", "a-3", "E_1-4");
    }

    [Fact]
    public void A_long_id_is_cut_short()
    {
        new PageNames().Next(new string('x', 500)).Should().HaveLength(100);
    }
}
