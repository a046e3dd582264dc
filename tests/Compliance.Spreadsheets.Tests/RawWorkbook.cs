using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;

namespace Compliance.Tests.Support;

/// <summary>
/// A workbook written part by part as raw XML — as Excel writes one (rows and cells left out, shared strings) or as a
/// hostile file does (a DTD, a part far larger than its zip) — which a library's writer would never produce.
/// </summary>
internal sealed class RawWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<string> _sheets = [];
    private readonly List<(string Name, Action<Stream> Write)> _parts = [];

    /// <summary>A sheet whose <c>sheetData</c> holds <paramref name="rows"/> (see <see cref="Row"/>).</summary>
    public RawWorkbook Sheet(string name, string rows) => SheetXml(name, Worksheet(rows));

    /// <summary>A sheet given as its whole XML.</summary>
    public RawWorkbook SheetXml(string name, string xml) => Sheet(name, s => Text(s, xml));

    /// <summary>A sheet whose XML is written to the part's stream, for parts too large to hold as a string.</summary>
    public RawWorkbook Sheet(string name, Action<Stream> write)
    {
        _sheets.Add(name);
        return Part($"xl/worksheets/sheet{_sheets.Count}.xml", write);
    }

    /// <summary>The shared-string table, one plain <c>si</c> per string.</summary>
    public RawWorkbook SharedStrings(params string[] strings) =>
        Part("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}" count="{strings.Length}" uniqueCount="{strings.Length}">{string.Concat(strings.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>"))}</sst>""");

    public RawWorkbook Part(string name, string xml) => Part(name, s => Text(s, xml));

    public RawWorkbook Part(string name, Action<Stream> write)
    {
        _parts.Add((name, write));
        return this;
    }

    /// <summary>Writes the workbook (deflated, as spreadsheet programs do) and returns its path.</summary>
    public string Save(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, Action<Stream> write)
        {
            using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            write(stream);
        }

        var sheets = _sheets.Select((s, i) => (Name: s, Id: $"rId{i + 1}", Part: $"worksheets/sheet{i + 1}.xml")).ToArray();
        Add("[Content_Types].xml", s => Text(s, """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"""));
        Add("_rels/.rels", s => Text(s, """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
        Add("xl/workbook.xml", s => Text(s, $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(sheets.Select((x, i) => $"""<sheet name="{x.Name}" sheetId="{i + 1}" r:id="{x.Id}"/>"""))}</sheets></workbook>"""));
        Add("xl/_rels/workbook.xml.rels", s => Text(s, $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(sheets.Select(x => $"""<Relationship Id="{x.Id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="{x.Part}"/>"""))}</Relationships>"""));
        foreach (var (name, write) in _parts)
        {
            Add(name, write);
        }

        return path;
    }

    /// <summary>A row of inline-string cells, each at its own column (cells may be left out, as Excel does).</summary>
    public static string Row(int r, params (string Column, string Text)[] cells) =>
        $"""<row r="{r}">{string.Concat(cells.Select(c => $"""<c r="{c.Column}{r}" t="inlineStr"><is><t>{SecurityElement.Escape(c.Text)}</t></is></c>"""))}</row>""";

    /// <summary>A row of cells that point into the shared-string table.</summary>
    public static string SharedRow(int r, params (string Column, int Index)[] cells) =>
        $"""<row r="{r}">{string.Concat(cells.Select(c => $"""<c r="{c.Column}{r}" t="s"><v>{c.Index}</v></c>"""))}</row>""";

    /// <summary>A worksheet's XML around its rows.</summary>
    public static string Worksheet(string rows) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>""";

    public static void Text(Stream stream, string xml)
    {
        var bytes = s_utf8.GetBytes(xml);
        stream.Write(bytes, 0, bytes.Length);
    }
}
