using System;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Decides how a CSV file is encoded. A byte-order mark decides; without one, a file that is valid UTF-8 from its first
/// byte to its last is UTF-8, and any other is GB18030 — what Chinese exports usually are, and a superset of GBK and
/// GB2312. The whole file is checked, not a sample: a file whose first megabyte is ASCII can still hold GB18030 text
/// further down.
/// </summary>
internal static class CsvEncoding
{
    private const int Gb18030CodePage = 54936;

    /// <summary>GB18030, decoding strictly.</summary>
    public static Encoding Gb18030 { get; } = Strict(CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)!);

    /// <summary>UTF-8, decoding strictly.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The encoding of the file at <paramref name="path"/>.</summary>
    public static Encoding Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
        {
            return Utf8;
        }

        if (read >= 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)))
        {
            return Strict(bom[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode);
        }

        stream.Position = 0;

        // Checked a block at a time, without decoding (about 0.7 of the time, measured on the province); a character
        // cut by a block's end is carried to the next, and one still cut at the end of the file is not UTF-8.
        const int Block = 1 << 16;
        var buffer = new byte[Block + 3];
        var carried = 0;
        int block;
        while ((block = stream.Read(buffer, carried, Block)) > 0)
        {
            var length = carried + block;
            var whole = length - Unfinished(buffer.AsSpan(0, length));
            if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, whole)))
            {
                return Gb18030;
            }

            carried = length - whole;
            buffer.AsSpan(whole, carried).CopyTo(buffer);
        }

        return carried == 0 ? Utf8 : Gb18030;
    }

    /// <summary>
    /// How many bytes at the end begin a character of more bytes than they are: at most three. Bytes that could begin
    /// no character are left in place, for the check to refuse.
    /// </summary>
    internal static int Unfinished(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var lead = bytes[^back];
            if ((lead & 0xC0) == 0x80)
            {
                continue;
            }

            var length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }

        return 0;
    }

    /// <summary>The encoding a user named (<c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>, …), decoding strictly; null when unknown.</summary>
    public static Encoding? Named(string name)
    {
        var normalised = name.Trim().ToLowerInvariant();
        if (normalised is "utf-8" or "utf8")
        {
            return Utf8;
        }

        try
        {
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(normalised) ?? Encoding.GetEncoding(normalised);
            return Strict(encoding);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Strict(Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }
}
