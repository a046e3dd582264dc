using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Compliance.XlsxReaders;

/// <summary>
/// Writes workbooks the way Excel saves them: the OpenXML SDK makes the package and its parts, and each part's XML
/// is streamed with the default SpreadsheetML namespace (no <c>x:</c> prefix), text in the shared-string table,
/// dates as serial numbers with a date style, empty cells and empty rows simply absent.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    public const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>cellXfs indices of <see cref="Styles"/>.</summary>
    public const int General = 0;
    public const int DateIsoEscaped = 1;
    public const int DateBuiltIn14 = 2;
    public const int DateChinese = 3;
    public const int DateBuiltIn31 = 4;

    private const string Styles =
        "<styleSheet xmlns=\"" + Ns + "\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
        + "<numFmt numFmtId=\"165\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"31\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";

    private static readonly DateTime s_epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private static readonly XmlWriterSettings s_xml = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly SpreadsheetDocument _document;
    private readonly List<(string Name, string RelationshipId)> _sheets = [];
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private long _stringReferences;
    private XmlWriter? _sheet;
    private string _rowNumber = string.Empty;

    public SheetWriter(string path)
    {
        _document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        _document.AddWorkbookPart();
    }

    public static double Serial(DateTime date) => (date - s_epoch).TotalDays;

    /// <summary>Starts a sheet; <paramref name="dimension"/> is the used range Excel records, such as A1:I100.</summary>
    public void StartSheet(string name, string dimension)
    {
        EndSheet();
        var part = _document.WorkbookPart!.AddNewPart<WorksheetPart>();
        _sheets.Add((name, _document.WorkbookPart.GetIdOfPart(part)));
        _sheet = XmlWriter.Create(part.GetStream(FileMode.Create), s_xml);
        _sheet.WriteStartDocument(true);
        _sheet.WriteStartElement("worksheet", Ns);
        _sheet.WriteStartElement("dimension", Ns);
        _sheet.WriteAttributeString("ref", dimension);
        _sheet.WriteEndElement();
        _sheet.WriteStartElement("sheetData", Ns);
    }

    public void StartRow(int row, bool customHeight = false)
    {
        _rowNumber = row.ToString(CultureInfo.InvariantCulture);
        Sheet.WriteStartElement("row", Ns);
        Sheet.WriteAttributeString("r", _rowNumber);
        if (customHeight)
        {
            Sheet.WriteAttributeString("ht", "30");
            Sheet.WriteAttributeString("customHeight", "1");
        }
    }

    public void EndRow() => Sheet.WriteEndElement();

    /// <summary>A text cell through the shared-string table (what Excel writes).</summary>
    public void Text(int column, string text)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _strings.Add(text);
            _stringIndex.Add(text, index);
        }

        _stringReferences++;
        Cell(column, "s", General, index.ToString(CultureInfo.InvariantCulture));
    }

    public void Number(int column, long value) => Cell(column, null, General, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number cell with its <c>&lt;v&gt;</c> text exactly as given, such as 1.10101199001011E+17.</summary>
    public void RawNumber(int column, string text) => Cell(column, null, General, text);

    public void Date(int column, DateTime date, int style = DateIsoEscaped) =>
        Cell(column, null, style, Serial(date).ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A cell with a style and no value: Excel keeps these where a column is formatted.</summary>
    public void StyledEmpty(int column, int style) => Cell(column, null, style, null);

    public void Dispose()
    {
        EndSheet();
        var workbookPart = _document.WorkbookPart!;
        using (var xml = XmlWriter.Create(workbookPart.GetStream(FileMode.Create), s_xml))
        {
            xml.WriteStartDocument(true);
            xml.WriteStartElement("workbook", Ns);
            xml.WriteAttributeString("xmlns", "r", null, RelNs);
            xml.WriteStartElement("sheets", Ns);
            for (var i = 0; i < _sheets.Count; i++)
            {
                xml.WriteStartElement("sheet", Ns);
                xml.WriteAttributeString("name", _sheets[i].Name);
                xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", RelNs, _sheets[i].RelationshipId);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        using (var writer = new StreamWriter(stylesPart.GetStream(FileMode.Create), new UTF8Encoding(false)))
        {
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            writer.Write(Styles);
        }

        var stringsPart = workbookPart.AddNewPart<SharedStringTablePart>();
        using (var xml = XmlWriter.Create(stringsPart.GetStream(FileMode.Create), s_xml))
        {
            xml.WriteStartDocument(true);
            xml.WriteStartElement("sst", Ns);
            xml.WriteAttributeString("count", _stringReferences.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("uniqueCount", _strings.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var text in _strings)
            {
                xml.WriteStartElement("si", Ns);
                xml.WriteElementString("t", Ns, text);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        _document.Dispose();
    }

    public static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private XmlWriter Sheet => _sheet ?? throw new InvalidOperationException("StartSheet first");

    private void Cell(int column, string? type, int style, string? value)
    {
        Sheet.WriteStartElement("c", Ns);
        Sheet.WriteAttributeString("r", Column(column) + _rowNumber);
        if (style != General)
        {
            Sheet.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }

        if (type is not null)
        {
            Sheet.WriteAttributeString("t", type);
        }

        if (value is not null)
        {
            Sheet.WriteElementString("v", Ns, value);
        }

        Sheet.WriteEndElement();
    }

    private void EndSheet()
    {
        if (_sheet is null)
        {
            return;
        }

        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.Dispose();
        _sheet = null;
    }
}
