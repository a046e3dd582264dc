using System;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// One table read alongside the employers table: hands out the rows of one employer at a time. Opening the batch has
/// checked that rows come in the employers' order, so each employer's rows are the next ones in the file.
/// </summary>
internal sealed class TableCursor : IDisposable
{
    private readonly Dictionary<string, int> _ordinals;
    private readonly IEnumerator<TableRow> _rows;
    private bool _has;
    private int _ordinal;
    private string? _lastKey;
    private int _lastOrdinal;

    public TableCursor(TableLayout layout, Dictionary<string, int> ordinals, ImportVocabulary vocabulary)
    {
        Layout = layout;
        Memo = new CellMemo(vocabulary, layout.Columns.Length);
        _ordinals = ordinals;
        _rows = layout.Reader.Rows().GetEnumerator();
        Advance();
    }

    public TableLayout Layout { get; }

    /// <summary>The table's cells as last read, for this pass.</summary>
    public CellMemo Memo { get; }

    /// <summary>The rows of the employer with this ordinal; rows naming no employer were reported when the batch opened and are passed over.</summary>
    public IEnumerable<TableRow> Take(int ordinal)
    {
        while (_has && _ordinal == ordinal)
        {
            yield return _rows.Current;
            Advance();
        }
    }

    public void Dispose() => _rows.Dispose();

    private void Advance()
    {
        while (_has = _rows.MoveNext())
        {
            var row = _rows.Current;
            // A row left out was reported when the batch opened.
            if (row.Number <= Layout.HeaderRow || TableLayout.IsEmpty(row) || Layout.Rejection(row, string.Empty) is not null)
            {
                continue;
            }

            // The rows of one employer most often carry its id as one string (RecentCells): looked up once.
            var key = TableLayout.Key(row, Layout.EmployerColumn);
            if (ReferenceEquals(key, _lastKey))
            {
                _ordinal = _lastOrdinal;
                return;
            }

            if (_ordinals.TryGetValue(key, out _ordinal))
            {
                (_lastKey, _lastOrdinal) = (key, _ordinal);
                return;
            }
        }
    }
}
