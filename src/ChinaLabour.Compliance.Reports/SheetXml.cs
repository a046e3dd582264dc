using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Writes one worksheet's XML as text straight into its zip entry, a row at a time: strings inline
/// (<c>t="inlineStr"</c>) rather than in a shared-string table, which would have to hold every distinct text of the
/// batch, or read each table a third time, before the first sheet could be written; the zip's deflate finds the
/// repeats (documents, clauses, quotes) anyway. Header row frozen, bold and filtered; A4 landscape, one page wide.
/// </summary>
internal sealed class SheetXml(TextWriter output, WorkbookSheet sheet, Language language, bool selected)
{
    private readonly string[] _columns = Columns(sheet.Table.Header.Length);
    private readonly bool[] _counts = Array.ConvertAll(sheet.Table.Header, WorkbookColumns.IsCount);
    private readonly char[] _number = new char[24];
    private long _row;

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

    /// <summary>Writes <paramref name="text"/> as XML character data: markup escaped, a carriage return as a reference (a parser would drop it), what XML 1.0 forbids dropped.</summary>
    public static void Escape(TextWriter output, string text)
    {
        var span = text.AsSpan();
        var copied = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            string? replacement;
            if (Plain(c))
            {
                continue;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }
            else
            {
                replacement = c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '\r' => "&#xD;", _ => null };
            }

            output.Write(span[copied..i]);
            if (replacement is not null)
            {
                output.Write(replacement);
            }

            copied = i + 1;
        }

        output.Write(span[copied..]);
    }

    /// <summary>Whether XML 1.0 allows <paramref name="c"/> as it is in character data; surrogates are judged in pairs.</summary>
    private static bool Plain(char c) => c switch
    {
        '&' or '<' or '>' => false,
        '\t' or '\n' => true,
        >= ' ' and < '\uD800' => true,
        > '\uDFFF' and < '\uFFFE' => true,
        _ => false,
    };

    /// <summary>The sheet's start, up to its first row: fit to page, the frozen header, the columns' widths.</summary>
    public void Begin()
    {
        var shape = sheet.Table;
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        output.Write("<x:sheetPr><x:pageSetUpPr fitToPage=\"1\" /></x:sheetPr>");
        output.Write("<x:dimension ref=\"" + sheet.Range + "\" />");
        output.Write(selected ? "<x:sheetViews><x:sheetView tabSelected=\"1\" workbookViewId=\"0\">" : "<x:sheetViews><x:sheetView workbookViewId=\"0\">");
        output.Write("<x:pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\" /></x:sheetView></x:sheetViews><x:cols>");
        for (var i = 0; i < shape.Longest.Length; i++)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<x:col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{WorkbookColumns.Width(shape.Longest[i])}\" customWidth=\"1\" />"));
        }

        output.Write("</x:cols><x:sheetData>");
        _row = 1;
        output.Write("<x:row r=\"1\">");
        for (var i = 0; i < shape.Header.Length; i++)
        {
            Text(i, WorkbookColumns.Header(shape.Header[i], language), " s=\"1\"");
        }

        output.Write("</x:row>");
    }

    /// <summary>One data row: counts as numbers, the rest as text; a field past the header's columns is dropped, an empty one has no cell.</summary>
    public void Row(List<string> fields)
    {
        _row++;
        output.Write("<x:row r=\"");
        Number(_row);
        output.Write("\">");
        for (var i = 0; i < fields.Count && i < _columns.Length; i++)
        {
            var text = fields[i];
            if (text.Length == 0)
            {
                continue;
            }

            if (_counts[i] && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                output.Write("<x:c r=\"");
                Reference(i);
                output.Write("\" t=\"n\"><x:v>");
                Number(count);
                output.Write("</x:v></x:c>");
            }
            else
            {
                Text(i, text, string.Empty);
            }
        }

        output.Write("</x:row>");
    }

    /// <summary>The sheet's end: the filter over every row, and the page set-up.</summary>
    public void End()
    {
        output.Write("</x:sheetData><x:autoFilter ref=\"" + sheet.Range + "\" />");
        output.Write("<x:pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\" />");
        output.Write("<x:pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\" /></x:worksheet>");
    }

    private static string[] Columns(int count)
    {
        var columns = new string[count];
        for (var i = 0; i < count; i++)
        {
            columns[i] = Column(i);
        }

        return columns;
    }

    private void Text(int column, string text, string style)
    {
        output.Write("<x:c r=\"");
        Reference(column);
        output.Write("\" t=\"inlineStr\"");
        output.Write(style);

        // Spaces at either end survive only when the text says so.
        output.Write(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? "><x:is><x:t xml:space=\"preserve\">" : "><x:is><x:t>");
        Escape(output, text);
        output.Write("</x:t></x:is></x:c>");
    }

    private void Reference(int column)
    {
        output.Write(_columns[column]);
        Number(_row);
    }

    private void Number(long value)
    {
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        output.Write(_number, 0, written);
    }
}
