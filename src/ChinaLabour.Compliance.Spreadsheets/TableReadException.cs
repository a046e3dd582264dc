using System;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// A table whose rows cannot be read on from here: a quote out of place, a cell or row past its limit. It ends the
/// reader's pass, which is what an exception does to an iterator; the one pass that can meet it, opening the batch,
/// turns it into a problem that refuses the batch.
/// </summary>
internal sealed class TableReadException : Exception
{
    public TableReadException(int row, int? column, string message)
        : base(message)
    {
        Row = row;
        Column = column;
    }

    /// <summary>The row as problems count it: a CSV record's first line, a sheet's row number; 0 for the whole table.</summary>
    public int Row { get; }

    /// <summary>The column (0-based) the fault is in, if it is in one.</summary>
    public int? Column { get; }
}
