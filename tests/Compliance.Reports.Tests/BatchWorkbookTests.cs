using System;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using Compliance.Reports.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
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
    public void A_missing_table_is_an_io_error_and_null_arguments_are_refused()
    {
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, _folder, ["absent"], Language.En)).Should().Throw<IOException>();
        FluentActions.Invoking(() => BatchWorkbook.Write(null!, _folder, ["summary"], Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("output");
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, null!, ["summary"], Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("folder");
        FluentActions.Invoking(() => BatchWorkbook.Write(Stream.Null, _folder, null!, Language.En)).Should().Throw<ArgumentNullException>().WithParameterName("sheets");
    }
}
