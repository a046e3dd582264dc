using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;

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
/// <see cref="CsvRecordReader"/>'s strict decoding then refuses. Detection may already have found the whole file
/// UTF-8, but not for a file with a byte-order mark or an encoding the user named, and a key is never decoded leniently.
/// </para>
/// </remarks>
internal sealed partial class Utf8KeyScanner
{
    private static readonly SearchValues<byte> s_plain = SearchValues.Create(","u8 + "\"\r\n"u8);
    private static readonly SearchValues<byte> s_quoted = SearchValues.Create("\"\n"u8);
    private static readonly SearchValues<byte> s_quoteOrBreak = SearchValues.Create("\"\r\n"u8);
    private static readonly SearchValues<byte> s_asciiBlank = SearchValues.Create(AsciiBlank());

    private readonly Stream _stream;
    private readonly int _maxCell;
    private readonly int _maxRow;
    private readonly int _only;
    private readonly SettledKey? _settled;
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
    /// <param name="settled">What the caller has settled, when it lets the records that repeat it go unread (<see cref="Repeats"/>).</param>
    public Utf8KeyScanner(Stream stream, int maxCell, int maxRow, int only, int bufferSize = 1 << 16, SettledKey? settled = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(only);
        _stream = stream;
        _maxCell = maxCell;
        _maxRow = maxRow;
        _only = only;
        _settled = settled;
        _buffer = new byte[Math.Max(bufferSize, 4)];
    }

    /// <summary>
    /// The rows of a one-column pass over a UTF-8 file: scanned as far as the scanner can, then read by
    /// <see cref="CsvRecordReader"/> from the record it handed over to the end.
    /// </summary>
    /// <param name="stream">The file, at its start; it must be able to seek.</param>
    /// <param name="maxCell">The most characters a cell may hold.</param>
    /// <param name="maxRow">The most characters a record may span.</param>
    /// <param name="only">The key column, read as text.</param>
    /// <param name="bufferSize">The bytes read at a time.</param>
    /// <param name="settled">What the caller has settled, when it lets the records that repeat it go unread; the character reader reads every record.</param>
    public static IEnumerable<TableRow> Rows(Stream stream, int maxCell, int maxRow, int only, int bufferSize = 1 << 16, SettledKey? settled = null)
    {
        var scanner = new Utf8KeyScanner(stream, maxCell, maxRow, only, bufferSize, settled);
        while (scanner.Next() is { } row)
        {
            yield return row;
        }

        if (scanner.HandOver is not var (offset, line))
        {
            yield break;
        }

        stream.Position = offset;
        using var reader = new StreamReader(stream, CsvEncoding.Utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
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

        /// <summary>A record passed over: it repeats what the caller has settled.</summary>
        Passed,
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
                case Step.Passed when Begin():
                    continue;
                case Step.Passed:
                    return null;
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
