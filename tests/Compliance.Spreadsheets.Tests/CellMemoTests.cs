using System.Linq;
using ChinaLabour.Compliance.Spreadsheets;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class CellMemoTests
{
    private static readonly ImportVocabulary s_vocabulary = ImportVocabulary.Default;

    [Theory]
    [InlineData("form", "派遣")]
    [InlineData("form", "外援")]
    [InlineData("start", "2024-03-31")]
    [InlineData("start", "2024-02-30")]
    [InlineData("start", " 2024/3/5 ")]
    [InlineData("start", "")]
    [InlineData("start", "   ")]
    [InlineData("directedByEmployer", "是")]
    [InlineData("directedByEmployer", "也许")]
    [InlineData("idNumber", "110101199003077777")]
    public void A_cell_read_twice_reads_as_cell_reader_reads_it(string field, string cell)
    {
        var column = Column(field);
        var memo = new CellMemo(s_vocabulary, 2);
        var expected = CellReader.Read(column, cell, s_vocabulary);

        memo.Read(1, column, cell).Should().Be(expected);
        memo.Read(1, column, cell).Should().Be(expected, "the second read is the remembered one");
        memo.Read(1, column, new string(cell.ToCharArray())).Should().Be(expected, "an equal text that is another string is read afresh");
    }

    [Fact]
    public void Columns_do_not_share_what_they_remember()
    {
        var memo = new CellMemo(s_vocabulary, 2);
        const string Cell = "2024-03-31";

        memo.Read(0, Column("start"), Cell).Expected.Should().BeNull();
        memo.Read(1, Column("form"), Cell).Expected.Should().StartWith("one of ");
        memo.Read(0, Column("start"), null).Should().Be((null, null));
    }

    private static ColumnSpec Column(string field) => s_vocabulary.FindTable("workers")!.Columns.Single(c => c.Field == field);
}
