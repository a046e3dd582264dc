namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// What the order check has settled while it reads a table (<see cref="TableReader.KeyRows"/>): the employer whose rows
/// it is reading, in order. A later row that repeats that key as the same text, with no more cells than the table has
/// headers, none of them empty, can tell the check nothing new (no problem, no change of employer), so a reader may
/// pass over it without handing it out.
/// </summary>
/// <remarks>
/// Nine in ten rows of a province's nested tables repeat the row before's employer; handing each out, cell by cell,
/// to be found a repeat was most of opening the batch (measured: docs/benchmarks.md, twelfth pass).
/// </remarks>
internal sealed class SettledKey
{
    /// <param name="maxCells">The most cells a row passed over may have: the table's headers when none is empty, else 0 (none is passed over).</param>
    public SettledKey(int maxCells) => MaxCells = maxCells;

    /// <summary>The most cells a row passed over may have.</summary>
    public int MaxCells { get; }

    /// <summary>
    /// The key of the employer the check is reading, the very string the reader handed out with the row before; null
    /// while none is. A reader passes over a repeat only when this is the text it made of the key last, so a key the
    /// check took another way (trimmed, or after a row it refused) is never passed over.
    /// </summary>
    public string? Key { get; set; }
}
