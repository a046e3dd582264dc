using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// The order check's pass over a UTF-8 CSV file, read as bytes rather than decoded: it gives the rows
/// <see cref="CsvRecordReader"/> gives with a key column (numbers, cell counts, the key's text, the other cells blank or
/// <see cref="CsvRecordReader.NotRead"/>) for every record it can read plainly, and stops before the first it cannot.
/// That record's first byte and line are then <see cref="HandOver"/>, and the caller reads the rest of the file with
/// <see cref="CsvRecordReader"/>, which finds what is wrong there and words it as it always has.
/// </summary>
/// <remarks>
/// <para>
/// On the province's files the decoding of every cell, and the character loop after it, was two-thirds of opening a
/// batch, though the check needs one column (measured). In UTF-8 the four bytes that shape a record (comma, quote,
/// carriage return, line feed) are never part of another character, so records and cells can be found in the bytes
/// and only the key cell decoded.
/// </para>
/// <para>
/// A record is handed over, never guessed at, when: a quote is out of place; a quote is still open at the end of the
/// file; a cell's bytes or the record's exceed the limits, which count characters (a character takes at least one
/// byte, so fewer bytes than the limit are never too many characters); or the record is not valid UTF-8, which
/// <see cref="CsvRecordReader"/>'s strict decoding then refuses.
/// </para>
/// </remarks>
internal sealed class Utf8KeyScanner
{
    private static readonly SearchValues<byte> s_plain = SearchValues.Create(","u8 + "\"\r\n"u8);
    private static readonly SearchValues<byte> s_quoted = SearchValues.Create("\"\n"u8);
    private static readonly SearchValues<byte> s_quoteOrBreak = SearchValues.Create("\"\r\n"u8);
    private static readonly SearchValues<byte> s_asciiBlank = SearchValues.Create(AsciiBlank());

    private readonly Stream _stream;
    private readonly int _maxCell;
    private readonly int _maxRow;
    private readonly int _only;
    private readonly List<object?> _cells = [];
    private object?[] _row = [];
    private byte[] _buffer;
    private int _pos;
    private int _end;
    private long _bufferStart;

    // The bytes of the buffer before _valid are known to be UTF-8; those before _invalid, from the record at _pos on,
    // hold a sequence that is not, so each record there is checked alone.
    private int _valid;
    private int _invalid;
    private bool _endOfFile;
    private bool _started;
    private bool _lineFeedMayFollow;
    private int _line = 1;
    private byte[] _unescaped = [];
    private byte[] _lastKey = [];
    private string _lastKeyText = string.Empty;

    /// <param name="stream">The file, at its start.</param>
    /// <param name="maxCell">The most characters a cell may hold.</param>
    /// <param name="maxRow">The most characters a record may span.</param>
    /// <param name="only">The key column, read as text.</param>
    /// <param name="bufferSize">The bytes read at a time; small in tests, so that records cross the blocks.</param>
    public Utf8KeyScanner(Stream stream, int maxCell, int maxRow, int only, int bufferSize = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(only);
        _stream = stream;
        _maxCell = maxCell;
        _maxRow = maxRow;
        _only = only;
        _buffer = new byte[Math.Max(bufferSize, 4)];
    }

    /// <summary>
    /// The rows of a one-column pass over a UTF-8 file: scanned as far as the scanner can, then read by
    /// <see cref="CsvRecordReader"/> from the record it handed over to the end.
    /// </summary>
    /// <param name="stream">The file, at its start; it must be able to seek.</param>
    /// <param name="encoding">The file's encoding, UTF-8 decoding strictly, for the rest.</param>
    /// <param name="maxCell">The most characters a cell may hold.</param>
    /// <param name="maxRow">The most characters a record may span.</param>
    /// <param name="only">The key column, read as text.</param>
    /// <param name="bufferSize">The bytes read at a time.</param>
    public static IEnumerable<TableRow> Rows(Stream stream, Encoding encoding, int maxCell, int maxRow, int only, int bufferSize = 1 << 16)
    {
        var scanner = new Utf8KeyScanner(stream, maxCell, maxRow, only, bufferSize);
        while (scanner.Next() is { } row)
        {
            yield return row;
        }

        if (scanner.HandOver is not var (offset, line))
        {
            yield break;
        }

        stream.Position = offset;
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var records = new CsvRecordReader(reader, maxCell, maxRow, only, line);
        while (records.Next() is { } row)
        {
            yield return row;
        }
    }

    /// <summary>
    /// Where the record this scanner could not read starts: its byte offset in the file and its line. Null while
    /// scanning, and after the end of a file read whole.
    /// </summary>
    public (long Offset, int Line)? HandOver { get; private set; }

    private enum Step
    {
        Record,
        End,
        More,
        HandOver,
    }

    /// <summary>The next record; null at the end of the file, or once the rest is <see cref="HandOver"/>.</summary>
    public TableRow? Next()
    {
        if (HandOver is not null || !Begin())
        {
            return null;
        }

        while (true)
        {
            switch (Parse(out var row))
            {
                case Step.Record:
                    return row;
                case Step.End:
                    return null;
                case Step.More when Read():
                    continue;
                default:
                    HandOver = (_bufferStart + _pos, _line);
                    return null;
            }
        }
    }

    /// <summary>Passes the byte-order mark at the start, and the line feed of a line break begun by a carriage return; false at the end.</summary>
    private bool Begin()
    {
        if (!_started)
        {
            _started = true;
            while (_end - _pos < 3 && !_endOfFile)
            {
                Read();
            }

            if (_buffer.AsSpan(_pos, _end - _pos).StartsWith("\uFEFF"u8))
            {
                _pos += 3;
            }
        }

        if (_pos == _end && !_endOfFile)
        {
            Read();
        }

        if (_lineFeedMayFollow && _pos < _end)
        {
            _lineFeedMayFollow = false;
            _pos += _buffer[_pos] == '\n' ? 1 : 0;
        }

        return _pos < _end || !_endOfFile;
    }

    /// <summary>
    /// Reads the record at <see cref="_pos"/>, whole within the buffer, or says what it needs: more bytes, or the
    /// character reader. Nothing is kept of a record that is not given.
    /// </summary>
    private Step Parse(out TableRow row)
    {
        row = default;
        _cells.Clear();
        var (p, line) = (_pos, _line);
        if (p == _end)
        {
            return _endOfFile ? Step.End : Step.More;
        }

        // Most records hold no quote: one search finds the whole record, and its cells end at its commas.
        var stop = _buffer.AsSpan(p, _end - p).IndexOfAny(s_quoteOrBreak);
        if (stop >= 0 && _buffer[p + stop] != '"')
        {
            return Plain(p + stop, out row);
        }

        while (true)
        {
            // One cell a turn; ends is the byte after it: a comma, a line break, or -1 for the end of the file.
            ReadOnlySpan<byte> content;
            var escaped = false;
            int ends;
            if (p == _end)
            {
                // A comma was the record's last byte before the end of the file: its last cell is empty.
                if (!_endOfFile)
                {
                    return Step.More;
                }

                content = [];
                ends = -1;
            }
            else if (_buffer[p] == '"')
            {
                var open = ++p;
                while (true)
                {
                    var found = _buffer.AsSpan(p, _end - p).IndexOfAny(s_quoted);
                    if (found < 0)
                    {
                        // Still open at the end of the file: the character reader says where the quote opened.
                        return _endOfFile ? Step.HandOver : Step.More;
                    }

                    p += found;
                    if (_buffer[p] == '\n')
                    {
                        (p, line) = (p + 1, line + 1);
                        continue;
                    }

                    if (p + 1 == _end && !_endOfFile)
                    {
                        return Step.More;
                    }

                    if (p + 1 < _end && _buffer[p + 1] == '"')
                    {
                        (p, escaped) = (p + 2, true);
                        continue;
                    }

                    break;
                }

                content = _buffer.AsSpan(open, p - open);
                p++;
                if (p == _end)
                {
                    ends = -1;
                }
                else if (_buffer[p] is (byte)',' or (byte)'\r' or (byte)'\n')
                {
                    ends = _buffer[p];
                }
                else
                {
                    return Step.HandOver;
                }
            }
            else
            {
                var found = _buffer.AsSpan(p, _end - p).IndexOfAny(s_plain);
                if (found < 0 && !_endOfFile)
                {
                    return Step.More;
                }

                var length = found < 0 ? _end - p : found;
                content = _buffer.AsSpan(p, length);
                p += length;
                ends = found < 0 ? -1 : _buffer[p];
                if (ends == '"')
                {
                    return Step.HandOver;
                }
            }

            if (content.Length > _maxCell)
            {
                return Step.HandOver;
            }

            _cells.Add(Cell(content, escaped));
            if (ends == ',')
            {
                p++;
                continue;
            }

            return End(p, line, out row);
        }
    }

    /// <summary>A record without a quote, from <see cref="_pos"/> to the line break at <paramref name="end"/>.</summary>
    private Step Plain(int end, out TableRow row)
    {
        row = default;
        var cells = _buffer.AsSpan(_pos, end - _pos);
        while (true)
        {
            var comma = cells.IndexOf((byte)',');
            var cell = comma < 0 ? cells : cells[..comma];
            if (cell.Length > _maxCell)
            {
                return Step.HandOver;
            }

            _cells.Add(Cell(cell, escaped: false));
            if (comma < 0)
            {
                return End(end, _line, out row);
            }

            cells = cells[(comma + 1)..];
        }
    }

    /// <summary>
    /// Ends the record from <see cref="_pos"/> at <paramref name="end"/>, a line break or the end of the file, with its
    /// cells read; handed over when it is too long or not UTF-8.
    /// </summary>
    private Step End(int end, int line, out TableRow row)
    {
        row = default;
        var record = _buffer.AsSpan(_pos, end - _pos);
        if (record.Length > _maxRow || (end > _valid && !Valid(end)))
        {
            return Step.HandOver;
        }

        var first = _line;
        if (end < _end)
        {
            _lineFeedMayFollow = _buffer[end] == '\r';
            (end, line) = (end + 1, line + 1);
        }

        (_pos, _line) = (end, line);
        if (_row.Length != _cells.Count)
        {
            _row = new object?[_cells.Count];
        }

        _cells.CopyTo(_row);
        row = new TableRow(first, _row);
        return Step.Record;
    }

    /// <summary>
    /// Whether the record from <see cref="_pos"/> to <paramref name="end"/> is UTF-8. The bytes up to the last line
    /// feed held are checked at once: a check a record cost more than the check itself on records of a few dozen bytes
    /// (measured). A line feed is one character, so the bytes before it end with a whole one.
    /// </summary>
    private bool Valid(int end)
    {
        if (end > _invalid)
        {
            var upTo = Math.Max(end, _pos + _buffer.AsSpan(_pos, _end - _pos).LastIndexOf((byte)'\n'));
            if (System.Text.Unicode.Utf8.IsValid(_buffer.AsSpan(_pos, upTo - _pos)))
            {
                _valid = upTo;
                return true;
            }

            _invalid = upTo;
        }

        return System.Text.Unicode.Utf8.IsValid(_buffer.AsSpan(_pos, end - _pos));
    }

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

    /// <summary>Reads more of the file after what is held, keeping the record begun; false when there is no more, or the record is past the limit.</summary>
    private bool Read()
    {
        if (_end - _pos > _maxRow + 2)
        {
            // Longer in bytes than a record may be in characters: whether it is too long, the character reader tells.
            return false;
        }

        if (_pos > 0)
        {
            _buffer.AsSpan(_pos, _end - _pos).CopyTo(_buffer);
            (_bufferStart, _end, _valid, _invalid, _pos) = (_bufferStart + _pos, _end - _pos, Math.Max(_valid - _pos, 0), Math.Max(_invalid - _pos, 0), 0);
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfFile = read == 0;
        return true;
    }

    private static byte[] AsciiBlank()
    {
        var blank = new List<byte>();
        for (var c = 0; c < 0x80; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                blank.Add((byte)c);
            }
        }

        return [.. blank];
    }
}
