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
/// so the loop makes no call per character. A cell that is one run of the block becomes a string straight from it.
/// A record's cells are handed out in one array, filled again for the next record of the same length.
/// Past a fault nothing more of the record is held: memory stays within the limits however long a hostile record runs.
/// A cell the same as one lately read in its column (the employer id of the rows before, a word of an enum, a date)
/// becomes that same string again (<see cref="RecentCells"/>), so most cells cost no allocation.
/// A reader for a pass that needs one column (the order check) makes a string of that column alone and, for the
/// others, only says whether each is blank: <see cref="string.Empty"/> or <see cref="NotRead"/>.
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
    private readonly RecentCells _recent = new();
    private object?[] _row = [];
    private readonly int _only;
    private RowFault? _fault;
    private int _runStart;
    private int _runLength;
    private int _cellLength;
    private bool _cellBlank = true;
    private int _pos;
    private int _end;
    private long _before;
    private long _lineStart;
    private int _line;
    private bool _lineFeedMayFollow;

    /// <param name="reader">The text.</param>
    /// <param name="maxCell">The most characters a cell may hold.</param>
    /// <param name="maxRow">The most characters a record may span.</param>
    /// <param name="only">The one column to read as text, or -1 for every column.</param>
    /// <param name="firstLine">
    /// The line the text starts on: 1 for a whole file, later for the rest of one whose first records were read
    /// another way (<see cref="Utf8KeyScanner"/>), the text then starting where a record does.
    /// </param>
    public CsvRecordReader(TextReader reader, int maxCell, int maxRow, int only = -1, int firstLine = 1)
    {
        _reader = reader;
        _maxCell = maxCell;
        _maxRow = maxRow;
        _only = only;
        _line = firstLine;
    }

    /// <summary>The characters a cell may hold and still be blank: those <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    public static SearchValues<char> WhiteSpace { get; } = SearchValues.Create(WhiteSpaceChars());

    /// <summary>What stands, when one column is read, for a cell of another column that is not blank.</summary>
    public static string NotRead { get; } = "(not read)";

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
        ClearCell();
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
                        Append("\"", -1);
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
                Append(span[..run], _pos);
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
                    Append("\n", -1);
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

        // at: where the text is in the buffer, or -1 for text that is not there as it is (an unquoted quote, a line feed).
        void Append(ReadOnlySpan<char> text, int at)
        {
            if (_fault is null && _cellLength + text.Length > _maxCell)
            {
                Fail(ImportMessages.CellTooLong(_maxCell, state is State.Quoted or State.AfterQuote ? quote : null));
            }

            if (_fault is null)
            {
                Keep(text, at);
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

            // The cells of the record before are done with once this one is asked for (TableReader.Rows says so).
            if (_row.Length != _cells.Count)
            {
                _row = new object?[_cells.Count];
            }

            _cells.CopyTo(_row);
            return new TableRow(start, _row, _fault);
        }
    }

    private static string WhiteSpaceChars()
    {
        var chars = new StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsWhiteSpace(c))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }

    /// <summary>Whether the cell being read becomes a string.</summary>
    private bool Reading => _only < 0 || _cells.Count == _only;

    private void Keep(ReadOnlySpan<char> text, int at)
    {
        _cellLength += text.Length;
        if (!Reading)
        {
            _cellBlank = _cellBlank && !text.ContainsAnyExcept(WhiteSpace);
        }
        else if (at >= 0 && _runLength == 0 && _cell.Length == 0)
        {
            // Held as a place in the buffer until the cell ends or the buffer is filled again.
            (_runStart, _runLength) = (at, text.Length);
        }
        else
        {
            KeepRun();
            _cell.Append(text);
        }
    }

    private void KeepRun()
    {
        if (_runLength > 0)
        {
            _cell.Append(_buffer, _runStart, _runLength);
            _runLength = 0;
        }
    }

    private void ClearCell()
    {
        _cell.Clear();
        (_runLength, _cellLength, _cellBlank) = (0, 0, true);
    }

    private void Fail(string message)
    {
        _fault ??= new RowFault(_line, _cells.Count, message);
        ClearCell();
    }

    private void EndCell()
    {
        if (_fault is null)
        {
            _cells.Add(CellText());
        }

        ClearCell();
    }

    private string CellText()
    {
        if (!Reading)
        {
            return _cellBlank ? string.Empty : NotRead;
        }

        if (_cell.Length == 0)
        {
            return _runLength > 0 ? _recent.Text(_cells.Count, _buffer.AsSpan(_runStart, _runLength)) : string.Empty;
        }

        KeepRun();
        return _cell.ToString();
    }

    private int Character(int pos) => (int)(_before + pos - _lineStart) + 1;

    private bool Fill()
    {
        KeepRun();
        _before += _end;
        (_pos, _end) = (0, _reader.Read(_buffer, 0, _buffer.Length));
        return _end > 0;
    }
}
