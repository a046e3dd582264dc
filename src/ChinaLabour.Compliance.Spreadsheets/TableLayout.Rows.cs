using System.Collections.Generic;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>The checks on each row that need the header: rows that cannot be trusted, and values no header names.</summary>
internal sealed partial class TableLayout
{
    private readonly HashSet<int> _unheadedReported = [];

    /// <summary>
    /// Why the row is left out, if it is: a fault the reader met (a quote out of place, a cell past its limit), or — in
    /// a CSV file — values past the last header, which most likely means a cell split at a comma and every later value
    /// moved one column right, so that which column is shifted cannot be known.
    /// </summary>
    public ImportProblem? Rejection(TableRow row, string outcome)
    {
        if (row.Fault is { } fault)
        {
            return At(Reader, fault.Line, fault.Column, HeaderAt(fault.Column), ImportConsequence.RecordRejected, fault.Message);
        }

        if (Reader.Sheet is not null || row.Cells.Length <= _headers.Length)
        {
            return null;
        }

        for (var i = _headers.Length; i < row.Cells.Length; i++)
        {
            if (!IsBlank(row.Cells[i]))
            {
                return At(Reader, row.Number, _headers.Length, null, ImportConsequence.RecordRejected, ImportMessages.ExtraCells(
                    _headers.Length, row.Cells.Length, Reader.ColumnName(_headers.Length), Reader.ColumnName(row.Cells.Length - 1), outcome));
            }
        }

        return null;
    }

    /// <summary>
    /// Reports a value under an empty header (or, in a sheet, past the last one), once for each column: the first row
    /// that has one. Such a column is not read.
    /// </summary>
    public void CheckUnheaded(TableRow row, List<ImportProblem> problems)
    {
        var end = Reader.Sheet is null ? System.Math.Min(row.Cells.Length, _headers.Length) : row.Cells.Length;
        for (var i = 0; i < end; i++)
        {
            if ((i >= _headers.Length || _headers[i].Length == 0) && !IsBlank(row.Cells[i]) && _unheadedReported.Add(i))
            {
                problems.Add(At(Reader, row.Number, i, null, ImportConsequence.ColumnIgnored, ImportMessages.Unheaded));
            }
        }
    }

    private static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));
}
