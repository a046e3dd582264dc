using System;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>Finding a record in the bytes held, and ending it.</summary>
internal sealed partial class Utf8KeyScanner
{
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
        if (Repeats(end))
        {
            Advance(end, _line);
            return Step.Passed;
        }

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
        Advance(end, line);
        if (_row.Length != _cells.Count)
        {
            _row = new object?[_cells.Count];
        }

        _cells.CopyTo(_row);
        row = new TableRow(first, _row);
        return Step.Record;
    }

    /// <summary>Moves past the record ending at <paramref name="end"/> (a line break or the end of the file) on <paramref name="line"/>, and its line break.</summary>
    private void Advance(int end, int line)
    {
        if (end < _end)
        {
            _lineFeedMayFollow = _buffer[end] == '\r';
            (end, line) = (end + 1, line + 1);
        }

        (_pos, _line) = (end, line);
    }

    /// <summary>
    /// Whether the record without a quote from <see cref="_pos"/> to the line break at <paramref name="end"/> repeats
    /// what the caller has settled, so that handing it out would tell the caller nothing: its key is the bytes of the
    /// key last handed out, whose text is the caller's; it has no more cells than the caller allows; and it is a record
    /// the character reader would read whole, without a fault (no longer than a cell or a record may be, and UTF-8).
    /// </summary>
    private bool Repeats(int end)
    {
        if (_settled is not { Key: { } key } settled || !ReferenceEquals(key, _lastKeyText))
        {
            return false;
        }

        var record = _buffer.AsSpan(_pos, end - _pos);
        if (record.Length > _maxCell || record.Length > _maxRow || record.Count((byte)',') >= settled.MaxCells)
        {
            return false;
        }

        // A record too short to reach the key column has no key; the caller must be told.
        var cells = record;
        for (var i = 0; i < _only; i++)
        {
            var next = cells.IndexOf((byte)',');
            if (next < 0)
            {
                return false;
            }

            cells = cells[(next + 1)..];
        }

        var comma = cells.IndexOf((byte)',');
        return (comma < 0 ? cells : cells[..comma]).SequenceEqual(_lastKey) && (end <= _valid || Valid(end));
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
}
