using System;
using System.Buffers;
using System.IO;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Reads RFC 4180 records one at a time as UTF-8 bytes — quoted fields, doubled quotes, line breaks inside quotes, CRLF,
/// LF or CR line ends, a byte-order mark skipped — so that a table of any length is never held whole and no field
/// becomes a string: the workbook copies a field's bytes as they are. A record's fields are slices of one buffer, valid
/// until the next <see cref="Read"/>; the buffer grows only to hold the longest record.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private const int Incomplete = -1;
    private const int NoRecord = -2;
    private static readonly SearchValues<byte> s_fieldEnds = SearchValues.Create(",\r\n"u8);

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfFile;

    // Per field: where its bytes start, where a quoted field's closing quote is (-1 unquoted), where the field ends.
    private int[] _fields = new int[3 * 16];

    public CsvReader(string path, int bufferSize = 1 << 20)
    {
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        _buffer = new byte[Math.Max(bufferSize, 4)];
        Fill();
        if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            _start = 3;
        }
    }

    /// <summary>How many fields the record last read has.</summary>
    public int Count { get; private set; }

    /// <summary>The <paramref name="index"/>th field of the record last read, unquoted, as UTF-8 (not checked).</summary>
    public ReadOnlySpan<byte> this[int index] => _buffer.AsSpan(_fields[3 * index], _fields[(3 * index) + 2] - _fields[3 * index]);

    /// <summary>Reads the next record; false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            var next = Scan();
            if (next == NoRecord)
            {
                Count = 0;
                return false;
            }

            if (next != Incomplete)
            {
                Unquote();
                _start = next;
                return true;
            }

            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>
    /// Finds the record's fields without changing a byte, so that a record cut by the buffer's end is scanned again
    /// whole after <see cref="Fill"/>: where the next record starts, or <see cref="Incomplete"/>.
    /// </summary>
    private int Scan()
    {
        Count = 0;
        var data = _buffer.AsSpan(0, _end);
        var p = _start;
        if (p == _end)
        {
            return _endOfFile ? NoRecord : Incomplete;
        }

        while (true)
        {
            var closing = -1;
            var rest = p;
            if (p < _end && data[p] == '"')
            {
                // A quoted field runs to the quote not doubled (or to the end of the file); whatever follows it up
                // to the separator is kept, as a lenient reader does.
                for (var q = p + 1; ; q += 2)
                {
                    var at = data[q..].IndexOf((byte)'"');
                    if (at < 0)
                    {
                        if (!_endOfFile)
                        {
                            return Incomplete;
                        }

                        closing = _end;
                        break;
                    }

                    q += at;
                    if (q + 1 == _end && !_endOfFile)
                    {
                        return Incomplete;
                    }

                    if (q + 1 == _end || data[q + 1] != '"')
                    {
                        closing = q;
                        break;
                    }
                }

                rest = Math.Min(closing + 1, _end);
            }

            var length = data[rest..].IndexOfAny(s_fieldEnds);
            if (length < 0 && !_endOfFile)
            {
                return Incomplete;
            }

            var end = length < 0 ? _end : rest + length;
            Add(p, closing, end);
            if (end == _end)
            {
                return _end;
            }

            switch (data[end])
            {
                case (byte)',':
                    p = end + 1;
                    continue;
                case (byte)'\r' when end + 1 == _end:
                    return _endOfFile ? _end : Incomplete;
                case (byte)'\r' when data[end + 1] == '\n':
                    return end + 2;
                default:
                    return end + 1;
            }
        }
    }

    private void Add(int start, int closing, int end)
    {
        if (3 * (Count + 1) > _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[3 * Count] = start;
        _fields[(3 * Count) + 1] = closing;
        _fields[(3 * Count) + 2] = end;
        Count++;
    }

    /// <summary>Turns each quoted field of a whole record into its text, in place: the quotes dropped, doubled quotes single.</summary>
    private void Unquote()
    {
        for (var i = 0; i < Count; i++)
        {
            var closing = _fields[(3 * i) + 1];
            if (closing < 0)
            {
                continue;
            }

            var start = _fields[3 * i];
            var end = _fields[(3 * i) + 2];
            var written = start;
            var quoted = _buffer.AsSpan(start + 1, closing - start - 1);
            while (true)
            {
                var at = quoted.IndexOf((byte)'"');
                var part = at < 0 ? quoted : quoted[..(at + 1)];
                part.CopyTo(_buffer.AsSpan(written));
                written += part.Length;
                if (at < 0)
                {
                    break;
                }

                quoted = quoted[(at + 2)..];
            }

            var after = _buffer.AsSpan(Math.Min(closing + 1, end), end - Math.Min(closing + 1, end));
            after.CopyTo(_buffer.AsSpan(written));
            _fields[(3 * i) + 2] = written + after.Length;
        }
    }

    /// <summary>Keeps the unread bytes, moved to the buffer's start (the buffer doubled if they fill it), and reads more after them.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        else if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        while (_end < _buffer.Length && !_endOfFile)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _endOfFile = read == 0;
            _end += read;
        }
    }
}
