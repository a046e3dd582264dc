using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Compliance.XlsxReaders;

/// <summary>
/// The facts an importer needs from each reader, on a small workbook written like Excel writes one. Sheet "first":
/// <code>
/// row 1  name | date14 | dateIso | number18 | text18 | dateCn | date31      (header)
/// row 2  a    | 2024-06-30 as numFmt 14, 164 "yyyy\-mm\-dd" | 110101199001011234 as a number | "11010119900101123X" | 165 "yyyy"年"m"月"d"日"" | built-in 31
/// row 3  b    | number18 = 1.10101199001011E+17 (how Excel stores an 18-digit number typed in a cell)
/// rows 4, 5 absent (fully empty)
/// row 6  c    | only text18 = "gap"               (a row with gaps)
/// row 7  an empty &lt;row r="7" ht="30" customHeight="1"/&gt;
/// row 8  d    | date14 is a styled cell without a value
/// row 9  last
/// </code>
/// Sheet "second" starts at row 3 (A3 "x", A4 "y"). Sheet listing is timed on the benchmark workbook and on a
/// numbers-only workbook of the same row count, which tells loading the shared strings from scanning the sheet.
/// </summary>
internal static class Probe
{
    private static readonly DateTime s_day = new(2024, 6, 30);
    private static readonly string[] s_sheets = ["first", "second"];

    public static int Run(int rows, int seed)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var folder = Path.Combine(Path.GetTempPath(), "compliance-xlsx-readers");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "probe.xlsx");
        Write(path);
        var big = Workload.Ensure(rows, seed);
        var numbers = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"numbers-{rows}-v1.xlsx"));
        if (!File.Exists(numbers))
        {
            WriteNumbers(numbers + ".partial", rows);
            File.Move(numbers + ".partial", numbers, overwrite: true);
        }
        Console.WriteLine("probe workbook " + path);

        var readers = new (string Name, string RowApi, Func<string, int, List<ProbeRow>> Rows, Func<string, List<string>> Sheets, string SheetApi)[]
        {
            ("miniexcel", "MiniExcel.Query(path, useHeaderRow: false, sheetName: name): no row number; sheet row = position", MiniExcelRows(null), MiniExcelSheets, "MiniExcel.GetSheetNames(path)"),
            ("miniexcel IgnoreEmptyRows", "MiniExcel.Query(..., configuration: new OpenXmlConfiguration { IgnoreEmptyRows = true })", MiniExcelRows(new OpenXmlConfiguration { IgnoreEmptyRows = true }), p => [.. MiniExcel.GetSheetInformations(p).Select(s => $"{s.Name} ({s.State})")], "MiniExcel.GetSheetInformations(path)"),
            ("exceldatareader", "ExcelReaderFactory.CreateReader(stream); reader.Read(); reported = reader.Depth + 1", ExcelDataReaderRows, ExcelDataReaderSheets, "CreateReader(stream); do reader.Name while (reader.NextResult())"),
            ("openxml", "OpenXmlReader over the WorksheetPart; reported = <row r>", OpenXmlRows, OpenXmlSheets, "WorkbookPart.Workbook.Sheets"),
        };

        foreach (var reader in readers)
        {
            Console.WriteLine();
            Console.WriteLine("== " + reader.Name + ": " + reader.RowApi);
            var first = reader.Rows(path, 0);
            Console.WriteLine("  rows of 'first' (position -> reported row: A): "
                + string.Join(", ", first.Select(r => $"{r.Position}->{r.Reported?.ToString(CultureInfo.InvariantCulture) ?? "-"}:{Show(r.Cell(0))}")));
            var second = reader.Rows(path, 1);
            Console.WriteLine("  rows of 'second' (data from row 3): "
                + string.Join(", ", second.Select(r => $"{r.Position}->{r.Reported?.ToString(CultureInfo.InvariantCulture) ?? "-"}:{Show(r.Cell(0))}")));
            var a = first.FirstOrDefault(r => Equals(r.Cell(0), "a"));
            var b = first.FirstOrDefault(r => Equals(r.Cell(0), "b"));
            var d = first.FirstOrDefault(r => Equals(r.Cell(0), "d"));
            var c = first.FirstOrDefault(r => Equals(r.Cell(0), "c"));
            Console.WriteLine($"  date numFmt 14:              {Typed(a?.Cell(1))}");
            Console.WriteLine($"  date numFmt 164 yyyy\\-mm\\-dd: {Typed(a?.Cell(2))}");
            Console.WriteLine($"  date numFmt 165 年月日:       {Typed(a?.Cell(5))}");
            Console.WriteLine($"  date built-in numFmt 31:     {Typed(a?.Cell(6))}");
            Console.WriteLine($"  18 digits <v>110101199001011234</v>:   {Typed(a?.Cell(3))}");
            Console.WriteLine($"  18 digits <v>1.10101199001011E+17</v>: {Typed(b?.Cell(3))}");
            Console.WriteLine($"  18 chars as text:            {Typed(a?.Cell(4))}");
            Console.WriteLine($"  styled cell without value:   {Typed(d?.Cell(1))}");
            Console.WriteLine($"  row with gaps (row 6):       {(c is null ? "missing" : string.Join(" | ", Enumerable.Range(0, 7).Select(i => Show(c.Cell(i)))))}");

            reader.Sheets(path);
            foreach (var (file, what) in new[] { (big, "benchmark workbook"), (numbers, "numbers-only workbook (no shared strings)") })
            {
                var allocated = GC.GetTotalAllocatedBytes(true);
                var clock = Stopwatch.StartNew();
                var names = reader.Sheets(file);
                clock.Stop();
                allocated = GC.GetTotalAllocatedBytes(true) - allocated;
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  sheet names of the {new FileInfo(file).Length / 1048576.0:F1} MiB {what} via {reader.SheetApi}: [{string.Join(", ", names)}] in {clock.Elapsed.TotalMilliseconds:F0} ms, {allocated / 1048576.0:F1} MiB allocated"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("== miniexcel useHeaderRow: true (MiniExcel.Query(path, useHeaderRow: true)), position + 1 -> name: "
            + string.Join(", ", MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>()
                .Select((row, i) => $"{i + 2}:{Show(row["name"])}")));
        return 0;
    }

    private static Func<string, int, List<ProbeRow>> MiniExcelRows(OpenXmlConfiguration? configuration) => (path, sheet) =>
    {
        var rows = new List<ProbeRow>();
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, sheetName: s_sheets[sheet], configuration: configuration))
        {
            var cells = new Dictionary<int, object?>();
            foreach (var cell in row)
            {
                cells[Readers.ColumnIndex(cell.Key)] = cell.Value;
            }

            rows.Add(new ProbeRow(rows.Count + 1, null, cells));
        }

        return rows;
    };

    private static List<string> MiniExcelSheets(string path) => MiniExcel.GetSheetNames(path);

    private static List<ProbeRow> ExcelDataReaderRows(string path, int sheet)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        for (var i = 0; i < sheet; i++)
        {
            reader.NextResult();
        }

        var rows = new List<ProbeRow>();
        while (reader.Read())
        {
            var cells = new Dictionary<int, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                cells[i] = reader.GetValue(i);
            }

            rows.Add(new ProbeRow(rows.Count + 1, reader.Depth + 1, cells));
        }

        return rows;
    }

    private static List<string> ExcelDataReaderSheets(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var names = new List<string>();
        do
        {
            names.Add(reader.Name);
        }
        while (reader.NextResult());
        return names;
    }

    private static List<ProbeRow> OpenXmlRows(string path, int sheet)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var strings = Readers.SharedStrings(workbook.SharedStringTablePart);
        var dates = Readers.DateStyles(workbook.WorkbookStylesPart);
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(sheet);
        using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(entry.Id!.Value!));
        var rows = new List<ProbeRow>();
        Dictionary<int, object?>? cells = null;
        var column = -1;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var r = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                cells = [];
                column = -1;
                rows.Add(new ProbeRow(rows.Count + 1, r is null ? null : int.Parse(r, CultureInfo.InvariantCulture), cells));
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
            {
                column = Readers.CellValue(reader, strings, dates, column, out var value);
                cells[column] = value;
            }
        }

        return rows;
    }

    private static List<string> OpenXmlSheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty)];
    }

    private static void Write(string path)
    {
        using var writer = new SheetWriter(path);
        writer.StartSheet("first", "A1:G9");
        writer.StartRow(1);
        string[] header = ["name", "date14", "dateIso", "number18", "text18", "dateCn", "date31"];
        for (var i = 0; i < header.Length; i++)
        {
            writer.Text(i, header[i]);
        }

        writer.EndRow();
        writer.StartRow(2);
        writer.Text(0, "a");
        writer.Date(1, s_day, SheetWriter.DateBuiltIn14);
        writer.Date(2, s_day, SheetWriter.DateIsoEscaped);
        writer.RawNumber(3, "110101199001011234");
        writer.Text(4, "11010119900101123X");
        writer.Date(5, s_day, SheetWriter.DateChinese);
        writer.Date(6, s_day, SheetWriter.DateBuiltIn31);
        writer.EndRow();
        writer.StartRow(3);
        writer.Text(0, "b");
        writer.RawNumber(3, "1.10101199001011E+17");
        writer.EndRow();
        writer.StartRow(6);
        writer.Text(0, "c");
        writer.Text(4, "gap");
        writer.EndRow();
        writer.StartRow(7, customHeight: true);
        writer.EndRow();
        writer.StartRow(8);
        writer.Text(0, "d");
        writer.StyledEmpty(1, SheetWriter.DateBuiltIn14);
        writer.EndRow();
        writer.StartRow(9);
        writer.Text(0, "last");
        writer.EndRow();

        writer.StartSheet("second", "A3:A4");
        writer.StartRow(3);
        writer.Text(0, "x");
        writer.EndRow();
        writer.StartRow(4);
        writer.Text(0, "y");
        writer.EndRow();
    }

    /// <summary>A sheet as large as the benchmark's, numbers only, so that listing its sheets loads no shared strings.</summary>
    private static void WriteNumbers(string path, int rows)
    {
        using var writer = new SheetWriter(path);
        writer.StartSheet("numbers", "A1:I" + rows.ToString(CultureInfo.InvariantCulture));
        for (var row = 1; row <= rows; row++)
        {
            writer.StartRow(row);
            for (var column = 0; column < Workload.Columns; column++)
            {
                writer.Number(column, row * 10L + column);
            }

            writer.EndRow();
        }

        writer.StartSheet("second", "A1:A1");
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        DBNull => "DBNull",
        string s => s.Length == 0 ? "\"\"" : s,
        DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Typed(object? value) => value is null ? "null" : $"{value.GetType().Name} {Show(value)}";

    private sealed record ProbeRow(int Position, int? Reported, Dictionary<int, object?> Cells)
    {
        public object? Cell(int column) => Cells.GetValueOrDefault(column);
    }
}
