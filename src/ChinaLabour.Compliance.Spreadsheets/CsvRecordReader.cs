using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// RFC 4180 records from a text reader, read strictly: a quote may only open a cell, and a cell that opens with one
/// ends at its closing quote followed by a comma or a line break. A record that breaks these rules, or holds a cell or
/// is itself past its limit, comes back with a <see cref="RowFault"/> and without the cells from the fault on, so it is
/// left out rather than read shifted; only a quoted cell still open at the end of the file throws
/// <see cref="TableReadException"/>, since every line after its quote was read into it.
/// </summary>
/// <remarks>
/// Reads a block of characters at a time and searches it for the four that matter, copying the runs between them,
/// so the loop makes no call per character. Past a fault nothing more of the record is held: memory stays within the
/// limits however long a hostile record runs.
/// </remarks>
internal sealed class CsvRecordReader
{
    private static readonly SearchValues<char> s_plain = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> s_quoted = SearchValues.Create("\"\n");
    private static readonly SearchValues<char> s_lineBreak = SearchValues.Create("\r\n");

    private readonly TextReader _reader;
    private readonly int _maxCell;
    private readonly int _maxRow;
    private readonly char[] _buffer = new char[1 << 15];
    private readonly StringBuilder _cell = new();
    private readonly List<object?> _cells = [];
    private RowFault? _fault;
    private int _pos;
    private int _end;
    private long _before;
    private long _lineStart;
    private int _line = 1;
    private bool _lineFeedMayFollow;

    public CsvRecordReader(TextReader reader, int maxCell, int maxRow)
    {
        _reader = reader;
        _maxCell = maxCell;
        _maxRow = maxRow;
    }

    private enum State
    {
        CellStart,
        Plain,
        Quoted,
        AfterQuote,

        /// <summary>After a quote out of place: where cells end is lost, so the rest of the line is passed over.</summary>
        Skip,
    }

    /// <summary>The characters read before the one at <see cref="_pos"/>.</summary>
    private long Offset => _before + _pos;

    /// <summary>The next record, numbered by the line it starts on; <see langword="null"/> at the end of the file.</summary>
    public TableRow? Next()
    {
        if (_lineFeedMayFollow && (_pos < _end || Fill()))
        {
            // The record before ended at a carriage return; a line feed after it is the same line break.
            _lineFeedMayFollow = false;
            if (_buffer[_pos] == '\n')
            {
                _pos++;
                _lineStart = Offset;
            }
        }

        _cells.Clear();
        _cell.Clear();
        _fault = null;
        var (start, recordStart, state, any, quote) = (_line, Offset, State.CellStart, false, (Line: 0, Character: 0));
        while (true)
        {
            CheckRowLength();
            if (_pos == _end && !Fill())
            {
                if (state == State.Quoted)
                {
                    throw new TableReadException(quote.Line, _cells.Count, ImportMessages.UnclosedQuote(quote.Line, quote.Character));
                }

                return any ? Record() : null;
            }

            var span = _buffer.AsSpan(_pos, _end - _pos);
            if (state == State.AfterQuote)
            {
                switch (span[0])
                {
                    case '"':
                        Append("\"");
                        (_pos, state) = (_pos + 1, State.Quoted);
                        continue;
                    case ',':
                        (_pos, state) = (_pos + 1, State.CellStart);
                        EndCell();
                        continue;
                    case '\r' or '\n':
                        return EndRecord();
                    default:
                        Fail(ImportMessages.TextAfterQuote(_line, Character(_pos)));
                        state = State.Skip;
                        continue;
                }
            }

            var quoted = state == State.Quoted;
            var found = state switch
            {
                State.Quoted => span.IndexOfAny(s_quoted),
                State.Skip => span.IndexOfAny(s_lineBreak),
                _ => span.IndexOfAny(s_plain),
            };
            var run = found < 0 ? span.Length : found;
            any = true;
            if (run > 0)
            {
                Append(span[..run]);
                _pos += run;
                state = state == State.CellStart ? State.Plain : state;
            }

            if (found < 0)
            {
                continue;
            }

            switch (span[found], state)
            {
                case ('\n', State.Quoted):
                    Append("\n");
                    _pos++;
                    _lineStart = Offset;
                    _line++;
                    break;
                case ('"', State.Quoted):
                    (_pos, state) = (_pos + 1, State.AfterQuote);
                    break;
                case (',', _):
                    (_pos, state) = (_pos + 1, State.CellStart);
                    EndCell();
                    break;
                case ('"', State.Plain):
                    Fail(ImportMessages.StrayQuote(_line, Character(_pos)));
                    (_pos, state) = (_pos + 1, State.Skip);
                    break;
                case ('"', _):
                    (quote, _pos, state) = ((_line, Character(_pos)), _pos + 1, State.Quoted);
                    break;
                default:
                    return EndRecord();
            }
        }

        void Append(ReadOnlySpan<char> text)
        {
            if (_fault is null && _cell.Length + text.Length > _maxCell)
            {
                Fail(ImportMessages.CellTooLong(_maxCell, state is State.Quoted or State.AfterQuote ? quote : null));
            }

            if (_fault is null)
            {
                _cell.Append(text);
            }
        }

        void CheckRowLength()
        {
            // Measured up to the line break that ends the record, so a record of exactly the limit passes.
            if (_fault is null && Offset - recordStart > _maxRow)
            {
                Fail(ImportMessages.RowTooLong(_maxRow));
            }
        }

        TableRow EndRecord()
        {
            CheckRowLength();
            _lineFeedMayFollow = _buffer[_pos] == '\r';
            _pos++;
            _lineStart = Offset;
            _line++;
            return Record();
        }

        TableRow Record()
        {
            EndCell();
            return new TableRow(start, [.. _cells], _fault);
        }
    }

    private void Fail(string message)
    {
        _fault ??= new RowFault(_line, _cells.Count, message);
        _cell.Clear();
    }

    private void EndCell()
    {
        if (_fault is null)
        {
            _cells.Add(_cell.ToString());
        }

        _cell.Clear();
    }

    private int Character(int pos) => (int)(_before + pos - _lineStart) + 1;

    private bool Fill()
    {
        _before += _end;
        (_pos, _end) = (0, _reader.Read(_buffer, 0, _buffer.Length));
        return _end > 0;
    }
}
