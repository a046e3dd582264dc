using System;
using System.Collections.Generic;
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

/// <summary>The readers under test: each streams the first sheet and hands every cell to the tally.</summary>
internal static class Readers
{
    public const string MiniExcelName = "miniexcel";
    public const string MiniExcelNoCacheName = "miniexcel-nocache";
    public const string ExcelDataReaderName = "exceldatareader";
    public const string OpenXmlName = "openxml";

    public static readonly string[] All = [MiniExcelName, MiniExcelNoCacheName, ExcelDataReaderName, OpenXmlName];

    public static void Read(string reader, string path, Tally tally)
    {
        switch (reader)
        {
            case MiniExcelName:
                MiniExcelQuery(path, tally, null);
                break;
            case MiniExcelNoCacheName:
                MiniExcelQuery(path, tally, new OpenXmlConfiguration { EnableSharedStringCache = false });
                break;
            case ExcelDataReaderName:
                ExcelDataReaderLoop(path, tally);
                break;
            case OpenXmlName:
                OpenXmlSax(path, tally);
                break;
            default:
                throw new ArgumentException("unknown reader " + reader, nameof(reader));
        }
    }

    /// <summary>
    /// <c>MiniExcel.Query(path, useHeaderRow: false)</c>: one <c>IDictionary&lt;string, object&gt;</c> per row,
    /// keyed by column letter.
    /// </summary>
    public static void MiniExcelQuery(string path, Tally tally, OpenXmlConfiguration? configuration)
    {
        foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false, configuration: configuration))
        {
            tally.StartRow();
            foreach (var cell in row)
            {
                tally.Add(ColumnIndex(cell.Key), cell.Value);
            }
        }
    }

    /// <summary><c>ExcelReaderFactory.CreateReader(stream)</c>, then <c>Read()</c> and <c>GetValue(i)</c>.</summary>
    public static void ExcelDataReaderLoop(string path, Tally tally)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        while (reader.Read())
        {
            tally.StartRow();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                tally.Add(i, reader.GetValue(i));
            }
        }
    }

    /// <summary>
    /// The OpenXML SDK's <c>OpenXmlReader</c> over the first worksheet part, SAX-style; shared strings are loaded
    /// first (also with <c>OpenXmlReader</c>) and number formats are resolved from the styles part, so that the
    /// importer sees text, numbers and dates as the other readers return them.
    /// </summary>
    public static void OpenXmlSax(string path, Tally tally)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var strings = SharedStrings(workbook.SharedStringTablePart);
        var dates = DateStyles(workbook.WorkbookStylesPart);
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().First() ?? throw new InvalidDataException("no sheet");
        var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);

        using var reader = OpenXmlReader.Create(sheet);
        var column = -1;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    tally.StartRow();
                    column = -1;
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                column = CellValue(reader, strings, dates, column, out var value);
                tally.Add(column, value);
            }
        }
    }

    /// <summary>Reads the cell the reader stands on up to its end element; returns its column index.</summary>
    public static int CellValue(OpenXmlReader reader, string[] strings, bool[] dates, int previousColumn, out object? value)
    {
        string? reference = null;
        string? type = null;
        var style = 0;
        foreach (var attribute in reader.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "r":
                    reference = attribute.Value;
                    break;
                case "t":
                    type = attribute.Value;
                    break;
                case "s":
                    style = int.Parse(attribute.Value!, CultureInfo.InvariantCulture);
                    break;
            }
        }

        string? raw = null;
        string? inline = null;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Cell) && reader.IsEndElement)
            {
                break;
            }

            if (reader.ElementType == typeof(CellValue) && reader.IsStartElement)
            {
                raw = reader.GetText();
            }
            else if (reader.ElementType == typeof(InlineString) && reader.IsStartElement)
            {
                inline = StringItemText(reader.LoadCurrentElement()!);
                if (reader.ElementType == typeof(Cell) && reader.IsEndElement)
                {
                    break;
                }
            }
        }

        value = type switch
        {
            "s" => raw is null ? null : strings[int.Parse(raw, CultureInfo.InvariantCulture)],
            "inlineStr" => inline,
            "str" or "e" => raw,
            "b" => raw is null ? null : raw == "1",
            "d" => raw is null ? null : DateTime.Parse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ => Number(raw, style < dates.Length && dates[style]),
        };
        return reference is null ? previousColumn + 1 : ColumnIndex(reference);
    }

    public static string[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(StringItemText(reader.LoadCurrentElement()!));
            }
        }

        return [.. strings];
    }

    /// <summary>For each cellXfs index: whether its number format is a date or time format.</summary>
    public static bool[] DateStyles(WorkbookStylesPart? part)
    {
        var formats = part?.Stylesheet?.CellFormats?.Elements<CellFormat>().ToArray() ?? [];
        var custom = part?.Stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null && f.FormatCode?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        return [.. formats.Select(f => IsDateFormat(f.NumberFormatId?.Value ?? 0, custom))];
    }

    /// <summary>
    /// Built-in date formats (14–22, 45–47, and the East Asian 27–36 and 50–58), or a custom format with a date or
    /// time letter outside quotes, escapes and brackets.
    /// </summary>
    public static bool IsDateFormat(uint id, IReadOnlyDictionary<uint, string> custom)
    {
        if (!custom.TryGetValue(id, out var code))
        {
            return id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);
        }

        var section = code.Split(';')[0];
        var quoted = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var close = section.IndexOf(']', i);
                var inside = close < 0 ? string.Empty : section[(i + 1)..close];
                if (inside.Length > 0 && inside.Trim('h', 'H', 'm', 'M', 's', 'S').Length == 0)
                {
                    return true;
                }

                i = close < 0 ? section.Length : close;
            }
            else if (c is 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S')
            {
                return true;
            }
        }

        return false;
    }

    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = index * 26 + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static object? Number(string? raw, bool date)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var number = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        return date ? DateTime.FromOADate(number) : number;
    }

    /// <summary>The text of a shared or inline string: its own &lt;t&gt; or its runs' &lt;t&gt;, never phonetic runs.</summary>
    private static string StringItemText(OpenXmlElement item)
    {
        if (item.FirstChild is Text only && item.ChildElements.Count == 1)
        {
            return only.Text;
        }

        var text = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text t)
            {
                text.Append(t.Text);
            }
            else if (child is Run run)
            {
                text.Append(run.Text?.Text);
            }
        }

        return text.ToString();
    }
}
