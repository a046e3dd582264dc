using System;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>A table to read as a stream of rows, header first: a CSV file or a workbook's sheet.</summary>
internal abstract class TableReader
{
    /// <summary>The file, as problems name it.</summary>
    public required string Source { get; init; }

    /// <summary>The sheet, for a workbook; <see langword="null"/> for a CSV file.</summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// A fresh pass over the rows. Each call reads the table again from its start. A row's cells may be filled again
    /// with the next row's once that is asked for: a caller that keeps cells past that copies them.
    /// </summary>
    public abstract IEnumerable<TableRow> Rows();

    /// <summary>
    /// A fresh pass for a check that reads one column's text and, of the other cells, only whether each is blank (the
    /// order check): a reader may make no string of the others and hand out a stand-in for each that is not blank.
    /// Row numbers, cell counts and faults are those of <see cref="Rows"/>, but for the rows a reader may pass over as
    /// <paramref name="settled"/> allows.
    /// </summary>
    /// <param name="column">The column read as text.</param>
    /// <param name="settled">What the caller has settled as it reads, when it lets rows that repeat it go unread; null for every row.</param>
    public virtual IEnumerable<TableRow> KeyRows(int column, SettledKey? settled = null) => Rows();

    /// <summary>A column as problems name it: its number in a CSV file, its letter in a sheet.</summary>
    public string ColumnName(int index) => Sheet is null ? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : Letters(index);

    /// <summary>Column letters as a spreadsheet shows them: A … Z, AA ….</summary>
    public static string Letters(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
