using System;
using System.Buffers;
using System.IO;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Text as XML character data, from a string (the workbook's own parts) or from UTF-8 bytes (the cells, copied from the
/// CSV without decoding): markup escaped, a carriage return as a reference (a parser would drop it), what XML 1.0 forbids
/// dropped.
/// </summary>
internal static class XmlText
{
    // What stops a plain copy: markup, the C0 controls but tab and line feed, and 0xEF, the lead byte of U+FFFE and
    // U+FFFF (which XML forbids) as of the full-width punctuation that Chinese text is full of.
    private static readonly SearchValues<byte> s_special = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0xB, 0xC, 0xD, 0xE, 0xF, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, (byte)'&', (byte)'<', (byte)'>', 0xEF]);

    /// <summary>Writes <paramref name="text"/> as character data; surrogates are kept in pairs, a lone one dropped.</summary>
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

    /// <summary>Writes well-formed UTF-8 <paramref name="utf8"/> as character data (a lone surrogate cannot be in it).</summary>
    public static void Escape(ParallelDeflater output, ReadOnlySpan<byte> utf8)
    {
        while (true)
        {
            var at = utf8.IndexOfAny(s_special);
            if (at < 0)
            {
                output.Write(utf8);
                return;
            }

            output.Write(utf8[..at]);
            var skip = 1;
            switch (utf8[at])
            {
                case (byte)'&':
                    output.Write("&amp;"u8);
                    break;
                case (byte)'<':
                    output.Write("&lt;"u8);
                    break;
                case (byte)'>':
                    output.Write("&gt;"u8);
                    break;
                case (byte)'\r':
                    output.Write("&#xD;"u8);
                    break;
                case 0xEF when at + 2 < utf8.Length && utf8[at + 1] == 0xBF && utf8[at + 2] >= 0xBE:
                    skip = 3;
                    break;
                case 0xEF:
                    output.Write(utf8.Slice(at, 1));
                    break;
                default:
                    break;
            }

            utf8 = utf8[(at + skip)..];
        }
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
}
