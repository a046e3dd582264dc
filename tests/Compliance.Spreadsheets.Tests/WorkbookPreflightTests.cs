using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>Hostile and damaged workbooks, built part by part: each is a problem with its position, never an exception.</summary>
public sealed class WorkbookPreflightTests
{
    private static readonly string s_rows = RawWorkbook.Row(1, ("A", "employerId"), ("B", "name")) + RawWorkbook.Row(2, ("A", "E1"), ("B", "甲"));

    [Fact]
    public void A_dtd_in_the_shared_strings_refuses_the_batch_without_being_read()
    {
        using var tables = new TempTables();
        var path = new RawWorkbook()
            .Sheet("employers", RawWorkbook.SharedRow(1, ("A", 0)) + RawWorkbook.SharedRow(2, ("A", 1)))
            .Part("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE sst [<!ENTITY x "y">]><sst xmlns="{RawWorkbook.Main}"><si><t>employerId</t></si><si><t>&x;</t></si></sst>""")
            .Save(Path.Combine(tables.Folder, "batch.xlsx"));
        var (opened, _) = SpreadsheetBatchTests.Read(path);
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "batch.xlsx" && p.Consequence == ImportConsequence.BatchRefused && p.Message == ImportMessages.Dtd("xl/sharedStrings.xml", 1, 39));
    }

    [Fact]
    public void An_external_entity_in_a_sheet_refuses_the_batch_naming_the_sheet()
    {
        using var tables = new TempTables();
        var path = new RawWorkbook()
            .SheetXml("employers", $"""<?xml version="1.0"?>{"\n"}<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet xmlns="{RawWorkbook.Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>""")
            .Save(Path.Combine(tables.Folder, "batch.xlsx"));
        var (opened, _) = SpreadsheetBatchTests.Read(path);
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "batch.xlsx [employers]" && p.Message == ImportMessages.Dtd("xl/worksheets/sheet1.xml", 2, 1));
    }

    [Fact]
    public void A_shared_string_index_out_of_range_leaves_the_cell_empty_with_its_position()
    {
        using var tables = new TempTables();
        var path = new RawWorkbook()
            .Sheet("employers", RawWorkbook.SharedRow(1, ("A", 0), ("B", 1)) + RawWorkbook.SharedRow(2, ("A", 2), ("B", 7)))
            .SharedStrings("employerId", "name", "E1")
            .Save(Path.Combine(tables.Folder, "batch.xlsx"));
        var (opened, employers) = SpreadsheetBatchTests.Read(path);
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "batch.xlsx [employers] B2" && p.Consequence == ImportConsequence.ValueIgnored && p.Message == ImportMessages.SharedStringOutOfRange("7", 3));
        employers.Single().EmployerId.Should().Be("E1");
    }

    [Fact]
    public void A_workbook_at_the_size_limit_opens_and_one_byte_over_is_refused()
    {
        using var tables = new TempTables();
        var path = new RawWorkbook().Sheet("employers", s_rows).Save(Path.Combine(tables.Folder, "batch.xlsx"));
        long size;
        using (var zip = ZipFile.OpenRead(path))
        {
            size = zip.Entries.Sum(e => e.Length);
        }

        SpreadsheetBatchTests.Read(path, new SpreadsheetOptions { MaxUncompressedSize = size }).Opened.Success.Should().BeTrue();
        var (opened, _) = SpreadsheetBatchTests.Read(path, new SpreadsheetOptions { MaxUncompressedSize = size - 1 });
        opened.Problems.Should().ContainSingle().Which.Message.Should().StartWith(
            ImportMessages.WorkbookTooLarge(size, size - 1, "xl/worksheets/sheet1.xml", 0).Split(" (")[0]);
    }

    [Fact]
    public void Shared_strings_at_their_limit_open_and_one_byte_over_are_refused()
    {
        using var tables = new TempTables();
        var path = new RawWorkbook()
            .Sheet("employers", RawWorkbook.SharedRow(1, ("A", 0)) + RawWorkbook.SharedRow(2, ("A", 1)))
            .SharedStrings("employerId", "E1")
            .Save(Path.Combine(tables.Folder, "batch.xlsx"));
        long size;
        using (var zip = ZipFile.OpenRead(path))
        {
            size = zip.GetEntry("xl/sharedStrings.xml")!.Length;
        }

        SpreadsheetBatchTests.Read(path, new SpreadsheetOptions { MaxSharedStringsSize = size }).Opened.Success.Should().BeTrue();
        SpreadsheetBatchTests.Read(path, new SpreadsheetOptions { MaxSharedStringsSize = size - 1 }).Opened.Problems.Should().ContainSingle()
            .Which.Message.Should().Be(ImportMessages.SharedStringsTooLarge(size, size - 1));
    }

    [Fact]
    public void A_part_that_unpacks_to_more_than_its_declared_size_is_refused()
    {
        using var tables = new TempTables();
        var path = new RawWorkbook().Sheet("employers", s_rows).Save(Path.Combine(tables.Folder, "batch.xlsx"));
        Declare(path, "xl/worksheets/sheet1.xml", 100);
        var (opened, _) = SpreadsheetBatchTests.Read(path);
        opened.Success.Should().BeFalse();
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "batch.xlsx [employers]" && p.Consequence == ImportConsequence.BatchRefused);
    }

    [Theory]
    [InlineData("abcdefghij", false)]
    [InlineData("abcdefghijk", true)]
    public void A_workbook_cell_past_the_cell_limit_rejects_its_row(string name, bool rejected)
    {
        using var tables = new TempTables();
        var path = new RawWorkbook()
            .Sheet("employers", RawWorkbook.Row(1, ("A", "employerId"), ("B", "name")) + RawWorkbook.Row(2, ("A", "E1"), ("B", name)) + RawWorkbook.Row(3, ("A", "E2"), ("B", "乙")))
            .Save(Path.Combine(tables.Folder, "batch.xlsx"));
        var (_, employers) = SpreadsheetBatchTests.Read(path, new SpreadsheetOptions { MaxCellLength = 10 });
        employers.Select(e => e.Snapshot is null).Should().Equal(rejected, false);
        if (rejected)
        {
            employers[0].Problems.Single().Should().Match<ImportProblem>(p =>
                p.Position == "batch.xlsx [employers] B2 (name)" && p.Message == ImportMessages.CellTooLong(10));
        }
    }

    [Fact]
    public void A_workbook_without_a_sheet_list_is_a_problem_not_an_exception()
    {
        using var tables = new TempTables();
        var path = Path.Combine(tables.Folder, "batch.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("[Content_Types].xml").Open();
            RawWorkbook.Text(stream, """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
        }

        var (opened, _) = SpreadsheetBatchTests.Read(path);
        opened.Success.Should().BeFalse();
        opened.Problems.Should().OnlyContain(p => p.Consequence == ImportConsequence.BatchRefused);
    }

    [Fact]
    public void A_damaged_sheet_refuses_the_batch_and_the_other_sheets_are_still_read()
    {
        using var tables = new TempTables();
        var path = new RawWorkbook()
            .Sheet("employers", s_rows + RawWorkbook.Row(3, ("C", "x")))
            .SheetXml("workers", $"""<worksheet xmlns="{RawWorkbook.Main}"><sheetData><row r="1"></sheetData></worksheet>""")
            .Save(Path.Combine(tables.Folder, "batch.xlsx"));
        var (opened, _) = SpreadsheetBatchTests.Read(path);
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Position == "batch.xlsx [workers]" && p.Consequence == ImportConsequence.BatchRefused && p.Message.StartsWith("expected well-formed XML in xl/worksheets/sheet2.xml, found at line 1", StringComparison.Ordinal));
    }

    /// <summary>Rewrites the uncompressed size an entry's central directory record declares, as a hostile file would.</summary>
    private static void Declare(string path, string entry, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entry);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) == 0x02014b50
                && bytes.AsSpan(i + 46, Math.Min(name.Length, bytes.Length - i - 46)).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
            }
        }

        File.WriteAllBytes(path, bytes);
    }
}
