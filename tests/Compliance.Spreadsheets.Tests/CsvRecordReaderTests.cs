using System.Linq;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>Strict CSV through a whole batch: each broken record is a positioned problem, never a crash or a shifted row.</summary>
public sealed class CsvRecordReaderTests
{
    [Fact]
    public void An_unclosed_quote_refuses_the_batch_at_the_opening_quote()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,name\nE1,\"甲公司\nE2,乙\nE3,丙\n");
        var (opened, _) = SpreadsheetBatchTests.Read(tables.Folder);
        opened.Success.Should().BeFalse();
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "employers.csv:2:2" && p.Consequence == ImportConsequence.BatchRefused && p.Message == ImportMessages.UnclosedQuote(2, 4));
    }

    [Fact]
    public void A_stray_quote_rejects_the_row_and_the_next_rows_are_read()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,name\nE1,ab\"c,d\nE2,乙\n");
        var (opened, employers) = SpreadsheetBatchTests.Read(tables.Folder);
        opened.Problems.Should().BeEmpty();
        employers.Select(e => (e.EmployerId, e.Snapshot?.Enterprise.Name)).Should().Equal(("E1", null), ("E2", "乙"));
        employers[0].Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "employers.csv:2:2 (name)" && p.Consequence == ImportConsequence.RecordRejected && p.Message == ImportMessages.StrayQuote(2, 6));
    }

    [Fact]
    public void Text_after_a_closing_quote_rejects_the_row()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,name\r\nE1,\"ab\"c,d\r\nE2,\"乙\"\r\n");
        var (_, employers) = SpreadsheetBatchTests.Read(tables.Folder);
        employers.Select(e => (e.EmployerId, e.Snapshot?.Enterprise.Name)).Should().Equal(("E1", null), ("E2", "乙"));
        employers[0].Problems.Should().ContainSingle().Which.Message.Should().Be(ImportMessages.TextAfterQuote(2, 8));
    }

    [Fact]
    public void A_quoted_cell_over_lines_is_one_cell_and_doubled_quotes_are_one_quote()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,name\nE1,\"5\"\" 甲\n公司\"\nE2,乙\n");
        var (opened, employers) = SpreadsheetBatchTests.Read(tables.Folder);
        opened.Problems.Should().BeEmpty();
        employers.Select(e => e.Snapshot?.Enterprise.Name).Should().Equal("5\" 甲\n公司", "乙");
        employers.Select(e => e.Row).Should().Equal(2, 4);
    }

    [Fact]
    public void A_row_with_more_cells_than_headers_is_rejected_naming_the_extra_cells()
    {
        using var tables = new TempTables()
            .Csv("employers.csv", "employerId,name\nE1,甲\n")
            .Csv("workers.csv", "employerId,workerId,form\nE1,W1,派遣,extra,more\nE1,W2,派遣,\n");
        var (opened, employers) = SpreadsheetBatchTests.Read(tables.Folder);
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "workers.csv:2:4" && p.Consequence == ImportConsequence.RecordRejected
            && p.Message == ImportMessages.ExtraCells(3, 5, "4", "5", ImportMessages.RowOutcome));
        employers.Single().Snapshot!.Workers!.Select(w => w.Id).Should().Equal("W2");
    }

    [Fact]
    public void Values_under_an_empty_header_are_reported_once_per_column()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,,name\nE1,,甲\nE2,x,乙\nE3,y,丙\n");
        var (opened, employers) = SpreadsheetBatchTests.Read(tables.Folder);
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "employers.csv:3:2" && p.Consequence == ImportConsequence.ColumnIgnored && p.Message == ImportMessages.Unheaded);
        employers.Select(e => e.Snapshot?.Enterprise.Name).Should().Equal("甲", "乙", "丙");
    }

    [Theory]
    [InlineData("abcdefghij", false)]
    [InlineData("abcdefghijk", true)]
    [InlineData("\"abcdefghij\"", false)]
    [InlineData("\"abcdefghi\"\"j\"", true)]
    public void A_cell_at_the_limit_is_read_and_one_past_it_rejects_the_row_quoted_or_not(string cell, bool rejected)
    {
        using var tables = new TempTables().Csv("employers.csv", $"employerId,name\nE1,{cell}\nE2,乙\n");
        var (opened, employers) = SpreadsheetBatchTests.Read(tables.Folder, new SpreadsheetOptions { MaxCellLength = 10 });
        opened.Problems.Should().BeEmpty();
        employers.Select(e => e.Snapshot is null).Should().Equal(rejected, false);
        if (rejected)
        {
            employers[0].Problems.Single().Message.Should().StartWith(ImportMessages.CellTooLong(10));
        }
    }

    [Theory]
    [InlineData("abcdefghijkl", false)]
    [InlineData("abcdefghijklm", true)]
    public void A_record_at_the_limit_is_read_and_one_past_it_rejects_the_row(string name, bool rejected)
    {
        // The header, "employerId,name", is 15 characters; "E1," and the name make the record; line breaks do not count.
        // The limit is passed in the second cell.
        using var tables = new TempTables().Csv("employers.csv", $"employerId,name\r\nE1,{name}\r\nE2,乙\r\n");
        var (_, employers) = SpreadsheetBatchTests.Read(tables.Folder, new SpreadsheetOptions { MaxRowLength = 15 });
        employers.Select(e => e.Snapshot is null).Should().Equal(rejected, false);
        if (rejected)
        {
            employers[0].Problems.Single().Should().Match<ImportProblem>(p =>
                p.Position == "employers.csv:2:2 (name)" && p.Message == ImportMessages.RowTooLong(15));
        }
    }

    [Fact]
    public void A_broken_file_refuses_the_batch_and_the_other_files_are_still_read()
    {
        using var tables = new TempTables()
            .Csv("employers.csv", "employerId,name,colour\nE1,甲,red\n")
            .Csv("workers.csv", "employerId,workerId\nE1,\"W1\n");
        var (opened, _) = SpreadsheetBatchTests.Read(tables.Folder);
        opened.Problems.Select(p => (p.Position, p.Consequence)).Should().BeEquivalentTo(new[]
        {
            ("employers.csv:1:3 (colour)", ImportConsequence.ColumnIgnored),
            ("workers.csv:2:2", ImportConsequence.BatchRefused),
        });
    }
}
