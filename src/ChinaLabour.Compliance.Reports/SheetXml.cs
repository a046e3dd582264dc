using System;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Writes one worksheet's XML as UTF-8 straight into its zip entry, a row at a time, each cell's text copied from the
/// CSV's bytes: a text of the shared-string table (<see cref="SharedTexts"/>, the columns that repeat few texts) by its
/// number (<c>t="s"</c>), any other inline (<c>t="inlineStr"</c>), so that the table never holds every distinct text of
/// the batch. Header row frozen, bold and filtered; A4 landscape, one page wide.
/// </summary>
/// <remarks>
/// The elements are in the default namespace, as spreadsheet programs write them: a prefix on every tag made the
/// province's workbook 4% larger and its compression about a tenth slower (docs/benchmarks.md, sixteenth pass). Every
/// cell names its place (<c>r="C12"</c>), though the reference may be left out after a cell of the same row: MiniExcel
/// 1.46 reads a cell without one into column A.
/// </remarks>
internal sealed class SheetXml(ParallelDeflater output, WorkbookSheet sheet, Language language, SharedTexts shared, bool selected)
{
    private readonly byte[][] _columns = Columns(sheet.Table.Header.Length);
    private readonly bool[] _counts = Array.ConvertAll(sheet.Table.Header, WorkbookColumns.IsCount);
    private readonly byte[] _row = new byte[20];
    private readonly byte[] _number = new byte[20];
    private int _rowLength;
    private long _rowNumber;

    /// <summary>A column's letters: A … Z, AA … .</summary>
    public static string Column(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The sheet's start, up to its first row: fit to page, the frozen header, the columns' widths.</summary>
    public void Begin()
    {
        var shape = sheet.Table;
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"u8);
        output.Write("<sheetPr><pageSetUpPr fitToPage=\"1\" /></sheetPr>"u8);
        output.Write("<dimension ref=\"" + sheet.Range + "\" />");
        output.Write(selected ? "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"u8 : "<sheetViews><sheetView workbookViewId=\"0\">"u8);
        output.Write("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\" /></sheetView></sheetViews><cols>"u8);
        for (var i = 0; i < shape.Longest.Length; i++)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{WorkbookColumns.Width(shape.Longest[i])}\" customWidth=\"1\" />"));
        }

        output.Write("</cols><sheetData>"u8);
        NextRow();
        for (var i = 0; i < shape.Header.Length; i++)
        {
            Text(i, Encoding.UTF8.GetBytes(WorkbookColumns.Header(shape.Header[i], language)), " s=\"1\""u8);
        }

        output.Write("</row>"u8);
    }

    /// <summary>One data row, the record <paramref name="csv"/> read last: counts as numbers, the rest as text; a field past the header's columns is dropped, an empty one has no cell.</summary>
    public void Row(CsvReader csv)
    {
        NextRow();
        var fields = Math.Min(csv.Count, _columns.Length);
        for (var i = 0; i < fields; i++)
        {
            var text = csv[i];
            if (text.IsEmpty)
            {
                continue;
            }

            if (_counts[i] && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                Value(i, "\" t=\"n\"><v>"u8, count);
            }
            else if (sheet.Table.Shared[i] && shared.IndexOf(text) is var index and >= 0)
            {
                Value(i, "\" t=\"s\"><v>"u8, index);
            }
            else
            {
                Text(i, text, default);
            }
        }

        output.Write("</row>"u8);
    }

    /// <summary>The sheet's end: the filter over every row, and the page set-up.</summary>
    public void End()
    {
        output.Write("</sheetData><autoFilter ref=\"" + sheet.Range + "\" />");
        output.Write("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\" />"u8);
        output.Write("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\" /></worksheet>"u8);
    }

    /// <summary>The shared-string table's part: each text by its number, as a cell would hold it.</summary>
    public static void SharedStrings(ParallelDeflater output, SharedTexts texts)
    {
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{texts.Count}\" uniqueCount=\"{texts.Count}\">"));
        foreach (var text in texts.Texts)
        {
            var readable = Readable(text);
            output.Write(SpaceAtEdge(readable) ? "<si><t xml:space=\"preserve\">"u8 : "<si><t>"u8);
            XmlText.Escape(output, readable);
            output.Write("</t></si>"u8);
        }

        output.Write("</sst>"u8);
    }

    /// <summary>The text as a decoder reads it: a CSV that is not well-formed UTF-8 has each bad sequence a replacement character.</summary>
    private static ReadOnlySpan<byte> Readable(ReadOnlySpan<byte> text) =>
        Utf8.IsValid(text) ? text : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(text));

    /// <summary>Whether a space at either end of the text has to be kept by saying so: a reader drops it otherwise.</summary>
    private static bool SpaceAtEdge(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return false;
        }

        Rune.DecodeFromUtf8(utf8, out var first, out _);
        Rune.DecodeLastFromUtf8(utf8, out var last, out _);
        return Rune.IsWhiteSpace(first) || Rune.IsWhiteSpace(last);
    }

    private static byte[][] Columns(int count)
    {
        var columns = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            columns[i] = Encoding.ASCII.GetBytes(Column(i));
        }

        return columns;
    }

    private void NextRow()
    {
        _rowNumber++;
        _rowNumber.TryFormat(_row, out _rowLength, default, CultureInfo.InvariantCulture);
        output.Write("<row r=\""u8);
        output.Write(_row.AsSpan(0, _rowLength));
        output.Write("\">"u8);
    }

    /// <summary>A cell holding a number: a count, or a shared text's (<paramref name="kind"/> closes the reference and opens the value).</summary>
    private void Value(int column, ReadOnlySpan<byte> kind, int value)
    {
        output.Write("<c r=\""u8);
        output.Write(_columns[column]);
        output.Write(_row.AsSpan(0, _rowLength));
        output.Write(kind);
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        output.Write(_number.AsSpan(0, written));
        output.Write("</v></c>"u8);
    }

    private void Text(int column, ReadOnlySpan<byte> text, ReadOnlySpan<byte> style)
    {
        text = Readable(text);
        output.Write("<c r=\""u8);
        output.Write(_columns[column]);
        output.Write(_row.AsSpan(0, _rowLength));
        output.Write("\" t=\"inlineStr\""u8);
        output.Write(style);
        output.Write(SpaceAtEdge(text) ? "><is><t xml:space=\"preserve\">"u8 : "><is><t>"u8);
        XmlText.Escape(output, text);
        output.Write("</t></is></c>"u8);
    }
}
