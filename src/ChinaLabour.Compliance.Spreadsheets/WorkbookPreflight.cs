using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// A workbook checked before the workbook library reads it, which trusts what it reads: the sizes its zip directory
/// declares against the limits, then every part unpacked once, counting the bytes (a declared size can lie), every XML
/// part parsed with DTDs prohibited, and every shared-string cell checked to point at a string that exists (the
/// library would read such a cell as empty, with no word of it).
/// </summary>
/// <remarks>Costs one more unpacking and parse of the workbook; the sheets are then read twice more, as before.</remarks>
internal static class WorkbookPreflight
{
    private const string Workbook = "xl/workbook.xml";
    private const string WorkbookRels = "xl/_rels/workbook.xml.rels";
    private const string SharedStrings = "xl/sharedStrings.xml";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>
    /// Checks the workbook, adding its problems; <see langword="false"/> when it is refused and must not be read.
    /// </summary>
    public static bool Check(string path, SpreadsheetOptions options, List<ImportProblem> problems)
    {
        var source = Path.GetFileName(path);
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.ToArray();

        // Summed without overflow: a hostile directory may declare sizes near long.MaxValue.
        var total = entries.Aggregate(0L, (sum, e) => sum > long.MaxValue - e.Length ? long.MaxValue : sum + e.Length);
        if (entries.Length > 0 && total > options.MaxUncompressedSize)
        {
            var largest = entries.MaxBy(e => e.Length)!;
            problems.Add(Refused(source, null, ImportMessages.WorkbookTooLarge(total, options.MaxUncompressedSize, largest.FullName, largest.Length)));
            return false;
        }

        if (entries.FirstOrDefault(e => e.FullName == SharedStrings) is { } shared && shared.Length > options.MaxSharedStringsSize)
        {
            problems.Add(Refused(source, null, ImportMessages.SharedStringsTooLarge(shared.Length, options.MaxSharedStringsSize)));
            return false;
        }

        // The parts that tell the others apart first: the sheet list, its relationships, the shared strings.
        var sheetIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var sheets = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharedCount = 0;
        foreach (var entry in entries.OrderBy(e => Array.IndexOf([SharedStrings, WorkbookRels, Workbook], e.FullName) is var i && i < 0 ? 0 : -1 - i))
        {
            var part = entry.FullName;
            sheets = sheetIds.Where(s => targets.ContainsKey(s.Key)).ToDictionary(s => targets[s.Key], s => s.Value, StringComparer.Ordinal);
            var sheet = sheets.GetValueOrDefault(part);
            using var stream = new CountedStream(entry.Open(), part, entry.Length);
            XmlReader? xml = null;
            try
            {
                if (part.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    xml = XmlReader.Create(stream, s_settings);
                    Scan(xml, part, sheet);
                }

                stream.Drain();
            }
            catch (XmlException e)
            {
                problems.Add(Refused(source, sheet, e.Message.Contains("DTD", StringComparison.Ordinal)
                    ? Dtd(entry)
                    : ImportMessages.BadXml(part, e.LineNumber, e.LinePosition, e.Message)));
                return false;
            }
            catch (InvalidDataException e)
            {
                problems.Add(Refused(source, sheet, e.Message));
                return false;
            }
            finally
            {
                xml?.Dispose();
            }
        }

        return true;

        void Scan(XmlReader xml, string part, string? sheet)
        {
            string? cell = null;
            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    switch (xml.LocalName)
                    {
                        case "sheet" when part == Workbook:
                            if (xml.GetAttribute("name") is { } name && xml.GetAttribute("id", Relationships) is { } id)
                            {
                                sheetIds[id] = name;
                            }

                            break;
                        case "Relationship" when part == WorkbookRels:
                            if (xml.GetAttribute("Id") is { } rel && xml.GetAttribute("Target") is { } target)
                            {
                                targets[rel] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                            }

                            break;
                        case "si" when part == SharedStrings:
                            sharedCount++;
                            break;
                        case "c" when sheet is not null:
                            cell = xml.GetAttribute("t") == "s" ? xml.GetAttribute("r") ?? string.Empty : null;
                            break;
                        case "v" when cell is not null:
                            var text = xml.ReadElementContentAsString();
                            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= sharedCount)
                            {
                                var row = int.TryParse(cell.AsSpan(cell.TakeWhile(char.IsAsciiLetter).Count()), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
                                var column = string.Concat(cell.TakeWhile(char.IsAsciiLetter));
                                problems.Add(new ImportProblem(source, sheet, row, column.Length == 0 ? null : column, null, null, ImportConsequence.ValueIgnored,
                                    ImportMessages.SharedStringOutOfRange(text.Length > 20 ? text[..20] + "…" : text, sharedCount)));
                            }

                            cell = null;
                            continue;
                    }
                }

                xml.Read();
            }
        }
    }

    /// <summary>
    /// The message for a DTD, with where it starts: the exception for a prohibited DTD carries no position, so the
    /// declaration is found in the part's prolog as text (it can only come before the first element).
    /// </summary>
    private static string Dtd(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(new CountedStream(entry.Open(), entry.FullName, entry.Length));
        var prolog = new char[1 << 16];
        var text = prolog.AsSpan(0, reader.ReadBlock(prolog));
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        var before = text[..Math.Max(at, 0)];
        var line = before.Count('\n') + 1;
        return ImportMessages.Dtd(entry.FullName, line, before.Length - before.LastIndexOf('\n'));
    }

    private static ImportProblem Refused(string source, string? sheet, string message) =>
        new(source, sheet, 0, null, null, null, ImportConsequence.BatchRefused, message);
}
