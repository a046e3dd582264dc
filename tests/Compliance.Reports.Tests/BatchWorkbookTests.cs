using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using Compliance.Reports.Tests.Support;
using Compliance.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using MiniExcelLibs;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class BatchWorkbookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reports-workbook-").FullName;

    public BatchWorkbookTests()
    {
        using var summary = new StreamWriter(Path.Combine(_folder, "summary.csv"), append: false, new UTF8Encoding(true));
        using var violations = new StreamWriter(Path.Combine(_folder, "violations.csv"), append: false, new UTF8Encoding(true));
        var tables = new BatchCsvTables(summary, violations);
        tables.Add("mine.json", Samples.Shuozhou);
        tables.Add("compliant.json", Samples.Compliant);
        tables.Complete();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<string[]> CsvRows(string table)
    {
        using var csv = new CsvReader(Path.Combine(_folder, table + ".csv"));
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var fields = new string[csv.Count];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = Encoding.UTF8.GetString(csv[i]);
            }

            rows.Add(fields);
        }

        return rows;
    }

    /// <summary>A sheet's cells as MiniExcel reads them, as text, an absent cell empty.</summary>
    private static List<string[]> SheetRows(MemoryStream workbook, string sheet)
    {
        workbook.Position = 0;
        return MiniExcel.Query(workbook, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty).ToArray())
            .ToList();
    }

    [Fact]
    public void The_workbook_opens_with_a_sheet_per_table_headers_in_chinese_and_counts_as_numbers()
    {
        using var output = new MemoryStream();

        BatchWorkbook.Write(output, _folder, ["summary", "violations"], Language.Zh).Should().BeNull();

        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        var part = document.WorkbookPart!;
        part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("summary", "violations");
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().Select(s => ((WorksheetPart)part.GetPartById(s.Id!)).Worksheet).ToArray();
        var summaryRows = sheets[0].Descendants<Row>().ToArray();
        summaryRows.Should().HaveCount(3, "a header and two employers");
        summaryRows[0].Elements<Cell>().First().InnerText.Should().Be("来源");
        summaryRows[1].Elements<Cell>().ElementAt(5).DataType?.Value.Should().NotBe(CellValues.String, "a count is a number");
        sheets[1].Descendants<Row>().Should().HaveCount(1 + Samples.Shuozhou.Violations.Count());
    }

    [Fact]
    public void The_same_tables_give_the_same_bytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        BatchWorkbook.Write(first, _folder, ["summary"], Language.En);
        BatchWorkbook.Write(second, _folder, ["summary"], Language.En);

        first.ToArray().Should().Equal(second.ToArray()).And.NotBeEmpty();
    }

    [Fact]
    public void The_bytes_are_the_same_whatever_the_threads_and_every_cell_whatever_the_chunks()
    {
        var one = Workbook(1, 1 << 20);
        var small = Workbook(1, 512);

        foreach (var threads in new[] { 2, 4 })
        {
            Workbook(threads, 1 << 20).Should().Equal(one, $"{threads} threads");
            Workbook(threads, 512).Should().Equal(small, $"{threads} threads, chunks of 512 bytes");
        }

        using var first = new MemoryStream(one);
        using var second = new MemoryStream(small);
        foreach (var sheet in MiniExcel.GetSheetNames(first))
        {
            SheetRows(second, sheet).Should().BeEquivalentTo(SheetRows(first, sheet), o => o.WithStrictOrdering(), sheet);
        }
    }

    [Fact]
    public void On_a_scheduler_of_one_thread_the_workbook_is_compressed_on_the_writing_thread()
    {
        var scheduler = new LimitedScheduler(1);

        var bounded = scheduler.Run(() => Workbook(threads: 0, chunkSize: 512));

        bounded.Should().Equal(Workbook(threads: 1, chunkSize: 512));
        scheduler.Queued.Should().Be(1, "only the test's own task: no chunk is sent to another thread");
    }

    [Fact]
    public void On_a_scheduler_of_two_threads_the_chunks_are_compressed_on_its_threads_not_the_pool()
    {
        Environment.ProcessorCount.Should().BeGreaterThan(1, "the bound shows only where there are more processors than the scheduler allows threads");
        var scheduler = new LimitedScheduler(2);

        var bounded = scheduler.Run(() => Workbook(threads: 0, chunkSize: 512));

        bounded.Should().Equal(Workbook(threads: 1, chunkSize: 512));
        scheduler.Queued.Should().BeGreaterThan(10, "the test's own task and every chunk of 512 bytes");
    }

    /// <summary>The summary and violations in Chinese, three rows a sheet, on <paramref name="threads"/> threads (0: as many as the caller's scheduler and the processors allow).</summary>
    private byte[] Workbook(int threads, int chunkSize)
    {
        using var output = new MemoryStream();
        BatchWorkbook.Write(output, _folder, ["summary", "violations"], Language.Zh, maxSheetRows: 3, threads, chunkSize);
        return output.ToArray();
    }

    [Fact]
    public void The_zip_reads_back_part_by_part_in_order_each_checked_against_its_crc()
    {
        using var output = new MemoryStream();
        output.Write("a caller's own bytes first"u8);

        BatchWorkbook.Write(output, _folder, ["summary", "violations"], Language.En, maxSheetRows: 3, threads: 2, chunkSize: 1024);

        output.Position = 0;
        using var archive = new ZipArchive(output, ZipArchiveMode.Read);
        var sheets = (CsvRows("violations").Count + 1) / 2;
        archive.Entries.Select(e => e.FullName).Should().Equal(
        [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
            .. Enumerable.Range(1, 1 + sheets).Select(n => $"xl/worksheets/sheet{n}.xml"),
        ]);
        foreach (var entry in archive.Entries)
        {
            using var data = new MemoryStream();
            using (var part = entry.Open())
            {
                part.CopyTo(data);
            }

            data.Length.Should().Be(entry.Length, entry.FullName);
            System.IO.Hashing.Crc32.HashToUInt32(data.ToArray()).Should().Be(entry.Crc32, entry.FullName);
            entry.CompressedLength.Should().BeLessThan(Math.Max(entry.Length, 200), $"{entry.FullName} is deflated");
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8_read_back_as_replacement_characters()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bad.csv"), [.. "a,b\r\n"u8, (byte)'x', 0xFF, (byte)'y', (byte)',', 0xE4, 0xB8]);
        using var output = new MemoryStream();

        BatchWorkbook.Write(output, _folder, ["bad"], Language.En);

        SheetRows(output, "bad").Should().BeEquivalentTo(new[] { ["a", "b"], new[] { "x\uFFFDy", "\uFFFD" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Every_cell_reads_back_as_the_csv_holds_it_headers_translated()
    {
        using var output = new MemoryStream();

        BatchWorkbook.Write(output, _folder, ["summary", "violations"], Language.Zh);

        foreach (var table in new[] { "summary", "violations" })
        {
            var expected = CsvRows(table);
            expected[0] = [.. expected[0].Select(h => WorkbookColumns.Header(h, Language.Zh))];
            SheetRows(output, table).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), table);
        }
    }

    [Fact]
    public void A_table_longer_than_a_sheet_goes_on_over_further_sheets_each_with_the_header()
    {
        using var output = new MemoryStream();
        var rows = CsvRows("violations");
        rows.Count.Should().BeGreaterThan(5, "the sample needs more rows than two small sheets hold");

        BatchWorkbook.Write(output, _folder, ["summary", "violations"], Language.En, maxSheetRows: 3);

        output.Position = 0;
        var sheets = rows.Count / 2;
        string Name(int n) => n == 1 ? "violations" : $"violations ({n})";
        MiniExcel.GetSheetNames(output).Should().Equal(["summary", .. Enumerable.Range(1, sheets).Select(Name)]);
        var read = Enumerable.Range(1, sheets).Select(n => SheetRows(output, Name(n))).ToArray();
        read.Should().OnlyContain(sheet => sheet.Count <= 3 && sheet[0].SequenceEqual(rows[0]), "each sheet starts with the header");
        read.SelectMany(sheet => sheet.Skip(1)).Should().BeEquivalentTo(rows.Skip(1), o => o.WithStrictOrdering(), "nothing is lost");
    }

    [Fact]
    public void Quotes_line_breaks_spaces_and_what_xml_forbids_survive_or_are_dropped()
    {
        File.WriteAllText(Path.Combine(_folder, "odd.csv"), "a,row,b\r\n\"x, \"\"y\"\"\r\nz\",12,\" padded \"\r\n<&>\u0001\u0007ok\uFFFE,x,\uD83D\uDE00\r\n", new UTF8Encoding(true));
        using var output = new MemoryStream();

        BatchWorkbook.Write(output, _folder, ["odd"], Language.En);

        SheetRows(output, "odd").Should().BeEquivalentTo(
            new[] { ["a", "row", "b"], ["x, \"y\"\r\nz", "12", " padded "], new[] { "<&>ok", "x", "\uD83D\uDE00" } },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Columns_that_repeat_few_texts_are_shared_and_the_others_stay_in_their_cells()
    {
        // "rule" repeats three texts; "figures" one more text than a column may share; "quote" one text past the bytes a column may hold.
        var rows = BatchWorkbook.MaxSharedPerColumn + 1;
        var longQuote = new string('q', BatchWorkbook.MaxSharedBytes);
        var csv = new StringBuilder("rule,figures,quote\r\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"r{i % 3},f{i},{(i == rows - 1 ? longQuote : "q")}\r\n");
        }

        File.WriteAllText(Path.Combine(_folder, "t.csv"), csv.ToString(), new UTF8Encoding(true));
        using var output = new MemoryStream();

        BatchWorkbook.Write(output, _folder, ["t"], Language.En);

        output.Position = 0;
        using (var archive = new ZipArchive(output, ZipArchiveMode.Read, leaveOpen: true))
        {
            var strings = Part(archive, "xl/sharedStrings.xml");
            strings.Should().Contain("uniqueCount=\"3\"").And.Contain("<t>r0</t>").And.Contain("<t>r2</t>").And.NotContain(">f0<").And.NotContain(">q<");
            var sheet = Part(archive, "xl/worksheets/sheet1.xml");
            sheet.Should().Contain("<c r=\"A2\" t=\"s\"><v>0</v></c>").And.Contain("<c r=\"A4\" t=\"s\"><v>2</v></c>");
            sheet.Should().Contain("<c r=\"B2\" t=\"inlineStr\"><is><t>f0</t>").And.Contain("<c r=\"C2\" t=\"inlineStr\"><is><t>q</t>");
        }

        SheetRows(output, "t").Should().BeEquivalentTo(CsvRows("t"), o => o.WithStrictOrdering(), "every cell reads back, shared or not");
    }

    [Fact]
    public void A_column_is_measured_by_its_distinct_texts_however_often_each_repeats()
    {
        // One short text on every row and one long one: together exactly the bytes a column may hold, so shared.
        var csv = new StringBuilder("quote\r\n");
        for (var i = 0; i < BatchWorkbook.MaxSharedPerColumn * 2; i++)
        {
            csv.Append("q\r\n");
        }

        csv.Append(new string('x', BatchWorkbook.MaxSharedBytes - 1)).Append("\r\n");
        File.WriteAllText(Path.Combine(_folder, "u.csv"), csv.ToString(), new UTF8Encoding(true));
        using var output = new MemoryStream();

        BatchWorkbook.Write(output, _folder, ["u"], Language.En);

        output.Position = 0;
        using var archive = new ZipArchive(output, ZipArchiveMode.Read);
        Part(archive, "xl/sharedStrings.xml").Should().Contain("uniqueCount=\"2\"").And.Contain("<t>q</t>");
        Part(archive, "xl/worksheets/sheet1.xml").Should().Contain("<c r=\"A2\" t=\"s\"><v>0</v></c>").And.NotContain("inlineStr\"><is><t>q<");
    }

    [Fact]
    public void Every_cell_names_its_place_and_every_reader_puts_it_in_its_column_after_empty_fields()
    {
        File.WriteAllText(Path.Combine(_folder, "gaps.csv"), "a,b,c,d\r\n,x,,y\r\np,,,q\r\nm,n,o,\r\n,,,z\r\n1,2,3,4\r\n", new UTF8Encoding(true));
        var expected = CsvRows("gaps");
        using var output = new MemoryStream();

        BatchWorkbook.Write(output, _folder, ["gaps"], Language.En);

        output.Position = 0;
        using (var archive = new ZipArchive(output, ZipArchiveMode.Read, leaveOpen: true))
        {
            var cells = System.Text.RegularExpressions.Regex.Matches(Part(archive, "xl/worksheets/sheet1.xml"), "<c( r=\"([A-Z]+[0-9]+)\")?[ >]")
                .Select(m => m.Groups[2].Value).ToArray();
            cells.Should().Equal(
                ["A1", "B1", "C1", "D1", "B2", "D2", "A3", "D3", "A4", "B4", "C4", "D5", "A6", "B6", "C6", "D6"],
                "an empty field has no cell, and every cell names its place: MiniExcel reads a cell that does not into column A");
        }

        SheetRows(output, "gaps").Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "MiniExcel");
        output.Position = 0;

        // ExcelDataReader asks for the Windows code pages as it starts, though the parts it reads here are UTF-8.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using (var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(output, new ExcelDataReader.ExcelReaderConfiguration { LeaveOpen = true }))
        {
            var read = new List<string[]>();
            while (reader.Read())
            {
                read.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty)]);
            }

            read.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "ExcelDataReader");
        }

        output.Position = 0;
        using var document = SpreadsheetDocument.Open(output, isEditable: false);
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri}: {e.Description}").Should().BeEmpty("the parts are valid against the schema");
    }

    private static string Part(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void A_missing_table_is_an_io_error_and_null_arguments_are_refused()
    {
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, _folder, ["absent"], Language.En)).Should().Throw<IOException>();
        FluentActions.Invoking(() => BatchWorkbook.Write(null!, _folder, ["summary"], Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, null!, ["summary"], Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("folder");
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, _folder, null!, Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("sheets");
    }
}
