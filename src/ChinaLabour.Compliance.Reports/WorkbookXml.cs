using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// The parts of report.xlsx other than its sheets and shared strings: content types, relationships numbered in order
/// (rId1, rId2, …, then the styles and the shared strings), the workbook with each sheet's filter range named as Excel names it, and the styles (a bold header).
/// </summary>
internal static class WorkbookXml
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    public static string ContentTypes(int sheets)
    {
        var xml = new StringBuilder(Head);
        xml.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        xml.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" />");
        xml.Append("<Default Extension=\"xml\" ContentType=\"application/xml\" />");
        xml.Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\" />");
        for (var i = 1; i <= sheets; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" />");
        }

        xml.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\" />");
        xml.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\" />");
        return xml.Append("</Types>").ToString();
    }

    public static string PackageRelationships() =>
        Head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\" Id=\"rId1\" />"
        + "</Relationships>";

    public static string WorkbookRelationships(int sheets)
    {
        var xml = new StringBuilder(Head);
        xml.Append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (var i = 1; i <= sheets; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Relationship Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i}.xml\" Id=\"rId{i}\" />");
        }

        xml.Append(CultureInfo.InvariantCulture, $"<Relationship Type=\"{Relationships}/styles\" Target=\"styles.xml\" Id=\"rId{sheets + 1}\" />");
        xml.Append(CultureInfo.InvariantCulture, $"<Relationship Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\" Id=\"rId{sheets + 2}\" />");
        return xml.Append("</Relationships>").ToString();
    }

    public static string Workbook(IReadOnlyList<WorkbookSheet> sheets)
    {
        var xml = new StringBuilder(Head);
        xml.Append(CultureInfo.InvariantCulture, $"<x:workbook xmlns:r=\"{Relationships}\" xmlns:x=\"{Main}\"><x:bookViews><x:workbookView /></x:bookViews><x:sheets>");
        using var names = new StringWriter(CultureInfo.InvariantCulture);
        for (var i = 0; i < sheets.Count; i++)
        {
            names.GetStringBuilder().Clear();
            XmlText.Escape(names, sheets[i].Name);
            xml.Append(CultureInfo.InvariantCulture, $"<x:sheet name=\"{names.ToString().Replace("\"", "&quot;", StringComparison.Ordinal)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\" />");
        }

        xml.Append("</x:sheets><x:definedNames>");
        for (var i = 0; i < sheets.Count; i++)
        {
            // The filter's range under the name Excel gives it, so that Excel keeps the filter as its own.
            names.GetStringBuilder().Clear();
            XmlText.Escape(names, $"'{sheets[i].Name.Replace("'", "''", StringComparison.Ordinal)}'!${Absolute(sheets[i].Range)}");
            xml.Append(CultureInfo.InvariantCulture, $"<x:definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">{names}</x:definedName>");
        }

        return xml.Append("</x:definedNames></x:workbook>").ToString();
    }

    public static string Styles() =>
        Head + $"<x:styleSheet xmlns:x=\"{Main}\">"
        + "<x:fonts count=\"2\"><x:font><x:sz val=\"11\" /><x:name val=\"Calibri\" /></x:font><x:font><x:b /><x:sz val=\"11\" /><x:name val=\"Calibri\" /></x:font></x:fonts>"
        + "<x:fills count=\"2\"><x:fill><x:patternFill patternType=\"none\" /></x:fill><x:fill><x:patternFill patternType=\"gray125\" /></x:fill></x:fills>"
        + "<x:borders count=\"1\"><x:border><x:left /><x:right /><x:top /><x:bottom /><x:diagonal /></x:border></x:borders>"
        + "<x:cellStyleXfs count=\"1\"><x:xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" /></x:cellStyleXfs>"
        + "<x:cellXfs count=\"2\"><x:xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" /><x:xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" /></x:cellXfs>"
        + "<x:cellStyles count=\"1\"><x:cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\" /></x:cellStyles>"
        + "</x:styleSheet>";

    /// <summary>An A1 range with both corners absolute: A1:J5 as A$1:$J$5, after the caller's leading $.</summary>
    private static string Absolute(string range)
    {
        var to = range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var digits = to.AsSpan().IndexOfAnyInRange('0', '9');
        return string.Concat("A$1:$", to.AsSpan(0, digits), "$", to.AsSpan(digits));
    }
}
