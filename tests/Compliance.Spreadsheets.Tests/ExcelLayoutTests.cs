using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>
/// Workbooks as Excel writes them, not as a library writes them: rows left out of the XML (never touched), a formatted
/// empty row as a self-closing element, cells left out of a row. Row numbers must stay the sheet's and no row may be lost.
/// </summary>
public sealed class ExcelLayoutTests
{
    private static string Workbook(string folder, string sheetRows)
    {
        var path = Path.Combine(folder, "excel.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Entry(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        Entry("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Entry("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="employers" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Entry("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        Entry("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheetRows}</sheetData></worksheet>""");
        return path;
    }

    private static string Row(int r, params (string Column, string Text)[] cells) =>
        $"""<row r="{r}">{string.Concat(cells.Select(c => $"""<c r="{c.Column}{r}" t="inlineStr"><is><t>{c.Text}</t></is></c>"""))}</row>""";

    [Fact]
    public void Rows_keep_their_sheet_numbers_across_missing_and_formatted_empty_rows_and_none_is_lost()
    {
        using var tables = new TempTables();
        var path = Workbook(tables.Folder,
            Row(1, ("A", "employerId"), ("C", "name"))
            + Row(2, ("A", "E1"), ("C", "甲"))
            + """<row r="4" spans="1:3" ht="20" customHeight="1"/>"""
            + Row(5, ("A", "E2"))
            + Row(9, ("A", "E3"), ("C", "丙")));

        var employers = SpreadsheetBatchTests.Read(path).Employers;

        employers.Select(e => (e.EmployerId, e.Row, e.Snapshot?.Enterprise.Name)).Should().Equal(("E1", 2, "甲"), ("E2", 5, null), ("E3", 9, "丙"));
    }

    [Fact]
    public void A_sheet_filled_to_its_last_row_refuses_the_batch_and_points_to_csv()
    {
        using var tables = new TempTables();
        var path = Workbook(tables.Folder, Row(1, ("A", "employerId")) + Row(2, ("A", "E1")) + Row(1_048_576, ("A", "E2")));

        var (opened, _) = SpreadsheetBatchTests.Read(path);

        opened.Success.Should().BeFalse();
        opened.Problems.Should().ContainSingle().Which.Message.Should().Contain("filled to its last row (1,048,576)").And.Contain("export the batch as CSV");
    }
}
