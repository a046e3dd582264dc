using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Rewrites one XML part of MiniExcel's workbook as UTF-8 bytes, copying the spans between the changes, so that a sheet
/// of hundreds of megabytes is never held as a .NET string: relationship ids (<c>Id="R…"</c>, <c>r:id="R…"</c>, 32
/// hex digits) numbered in order of appearance across the parts, and in each sheet that has none, fit-to-page
/// (<c>sheetPr</c>, the worksheet's first element) and an A4 landscape page one page wide (<c>pageSetup</c>, before
/// the drawing) — what MiniExcel cannot write.
/// </summary>
internal static class WorkbookXml
{
    private const int IdDigits = 32;

    private static readonly byte[] s_fitToPage = "<x:sheetPr><x:pageSetUpPr fitToPage=\"1\" /></x:sheetPr>"u8.ToArray();
    private static readonly byte[] s_pageSetup = "<x:pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\" />"u8.ToArray();

    public static void Rewrite(string entry, ReadOnlySpan<byte> xml, Dictionary<string, string> ids, Stream output)
    {
        // The two insertions, found before any id is renumbered: neither falls inside an id.
        var open = -1;
        var before = -1;
        if (entry.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && xml.IndexOf("<x:sheetPr"u8) < 0)
        {
            open = xml[xml.IndexOf("<x:worksheet"u8)..].IndexOf((byte)'>') + xml.IndexOf("<x:worksheet"u8) + 1;
            before = xml.IndexOf("<x:drawing"u8) is var drawing and >= 0 ? drawing : xml.LastIndexOf("</x:worksheet>"u8);
        }

        // The changes in order of position: ids numbered as they appear, then the insertions among them.
        var changes = new List<(int At, int Length, byte[] Bytes)>();
        for (var at = 0; xml[at..].IndexOf("=\"R"u8) is var found and >= 0;)
        {
            var id = at + found + 2;
            at = id + 1;
            if (!NamedBefore(xml, id - 2) || id + 1 + IdDigits >= xml.Length || !IsHexId(xml.Slice(id + 1, IdDigits)) || xml[id + 1 + IdDigits] != (byte)'"')
            {
                continue;
            }

            var old = Encoding.ASCII.GetString(xml.Slice(id, 1 + IdDigits));
            if (!ids.TryGetValue(old, out var renumbered))
            {
                renumbered = ids[old] = "rId" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            }

            changes.Add((id, 1 + IdDigits, Encoding.ASCII.GetBytes(renumbered)));
            at = id + 1 + IdDigits;
        }

        if (open >= 0)
        {
            changes.Add((open, 0, s_fitToPage));
            changes.Add((before, 0, s_pageSetup));
            changes.Sort((a, b) => a.At.CompareTo(b.At));
        }

        var copied = 0;
        foreach (var (at, length, bytes) in changes)
        {
            output.Write(xml[copied..at]);
            output.Write(bytes);
            copied = at + length;
        }

        output.Write(xml[copied..]);
    }

    /// <summary>Whether <c>Id</c> or <c>r:id</c>, at a word's start, ends at <paramref name="equals"/>.</summary>
    private static bool NamedBefore(ReadOnlySpan<byte> xml, int equals)
    {
        foreach (var name in new[] { "Id"u8.ToArray(), "r:id"u8.ToArray() })
        {
            var start = equals - name.Length;
            if (start >= 0 && xml[start..equals].SequenceEqual(name) && (start == 0 || !IsWordByte(xml[start - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordByte(byte b) => b >= 0x80 || b == (byte)'_' || char.IsAsciiLetterOrDigit((char)b);

    private static bool IsHexId(ReadOnlySpan<byte> digits)
    {
        foreach (var b in digits)
        {
            if (!char.IsAsciiDigit((char)b) && b is < (byte)'a' or > (byte)'f')
            {
                return false;
            }
        }

        return true;
    }
}
