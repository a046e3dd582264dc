using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using Compliance.Reports.Tests.Support;
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
        for (var fields = new List<string>(); csv.Read(fields);)
        {
            rows.Add([.. fields]);
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
    public void A_missing_table_is_an_io_error_and_null_arguments_are_refused()
    {
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, _folder, ["absent"], Language.En)).Should().Throw<IOException>();
        FluentActions.Invoking(() => BatchWorkbook.Write(null!, _folder, ["summary"], Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, null!, ["summary"], Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("folder");
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, _folder, null!, Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("sheets");
    }
}
