namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// What the cells of one table's columns were last read as, for one pass over the table: a cell that is the very
/// string read before in its column (<see cref="RecentCells"/> hands repeated text out as one string) is not read
/// again. <see cref="CellReader.Read"/> gives the same answer for the same text, so only the work is saved.
/// </summary>
/// <remarks>For one thread: each enumeration of the batch makes its own.</remarks>
internal sealed class CellMemo
{
    private const int Places = 8;

    private readonly ImportVocabulary _vocabulary;
    private readonly Entry[] _entries;

    /// <param name="vocabulary">The vocabulary cells are read with.</param>
    /// <param name="columns">How many columns the table's layout reads.</param>
    public CellMemo(ImportVocabulary vocabulary, int columns)
    {
        _vocabulary = vocabulary;
        _entries = new Entry[columns * Places];
    }

    /// <summary>The cell of the layout's <paramref name="position"/>-th column read as <see cref="CellReader.Read"/> reads it.</summary>
    public (object? Value, string? Expected) Read(int position, ColumnSpec column, object? cell)
    {
        if (cell is not string { Length: > 0 } text)
        {
            return CellReader.Read(column, cell, _vocabulary);
        }

        ref var entry = ref _entries[(position * Places) + ((text.Length + text[0] + text[^1]) & (Places - 1))];
        if (!ReferenceEquals(entry.Cell, text))
        {
            var (value, expected) = CellReader.Read(column, text, _vocabulary);
            entry = new Entry(text, value, expected);
        }

        return (entry.Value, entry.Expected);
    }

    private readonly record struct Entry(string? Cell, object? Value, string? Expected);
}
