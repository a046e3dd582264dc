using System;
using System.Buffers;
using System.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>A cell as a one-column pass gives it: the key's text, the others only blank or not.</summary>
internal sealed partial class Utf8KeyScanner
{
    /// <summary>A cell as the character reader gives it in a one-column pass: the key's text, the others blank or not.</summary>
    private string Cell(ReadOnlySpan<byte> content, bool escaped)
    {
        if (_cells.Count != _only)
        {
            return Blank(content) ? string.Empty : CsvRecordReader.NotRead;
        }

        if (escaped)
        {
            content = Unescaped(content);
        }

        if (content.Length == 0)
        {
            return string.Empty;
        }

        // Rows come grouped by employer, so the key is most often the row before's.
        if (!content.SequenceEqual(_lastKey))
        {
            _lastKey = content.ToArray();
            _lastKeyText = Encoding.UTF8.GetString(content);
        }

        return _lastKeyText;
    }

    /// <summary>A quoted cell's bytes with each doubled quote made one.</summary>
    private ReadOnlySpan<byte> Unescaped(ReadOnlySpan<byte> content)
    {
        if (_unescaped.Length < content.Length)
        {
            _unescaped = new byte[content.Length];
        }

        var length = 0;
        for (var i = 0; i < content.Length; i++)
        {
            _unescaped[length++] = content[i];
            i += content[i] == '"' ? 1 : 0;
        }

        return _unescaped.AsSpan(0, length);
    }

    /// <summary>Whether every character of the bytes is white space; bytes that are not UTF-8 are not, and their record is handed over.</summary>
    private static bool Blank(ReadOnlySpan<byte> content)
    {
        if (content.Length > 0 && content[0] < 0x80 && !s_asciiBlank.Contains(content[0]))
        {
            // Most cells that are not blank start so.
            return false;
        }

        while (true)
        {
            var at = content.IndexOfAnyExcept(s_asciiBlank);
            if (at < 0)
            {
                return true;
            }

            if (content[at] < 0x80
                || Rune.DecodeFromUtf8(content[at..], out var rune, out var used) != OperationStatus.Done
                || !rune.IsBmp
                || !CsvRecordReader.WhiteSpace.Contains((char)rune.Value))
            {
                return false;
            }

            content = content[(at + used)..];
        }
    }
}
