using System;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// The strings lately made for each column's cells, so that a cell written as one of them is handed that string again
/// rather than a new one: tables repeat their employer id on every row of the employer, a worker id on each of the
/// worker's trainings, and a few words (是, 劳动合同) and dates down whole columns. Strings are immutable, so a record
/// holding one shared with another record cannot tell.
/// </summary>
/// <remarks>
/// A few places per column, found by a hash of a cell's length and three of its characters: a lookup costs less than
/// the string it saves, a cell that is new replaces the one in its place, and memory stays within
/// <see cref="MaxColumns"/> × <see cref="Places"/> strings of at most <see cref="MaxLength"/> characters. A column
/// whose cells seldom repeat (ID numbers, certificate numbers) stops being looked up after its first cells: there a
/// lookup would only cost, and each string held would outlive its row.
/// </remarks>
internal sealed class RecentCells
{
    private const int MaxColumns = 64;
    private const int Places = 16;
    private const int MaxLength = 32;

    // A column is judged on this many cells; it keeps its places if at least one in MinHits of them was found there.
    private const int Trial = 512;
    private const int MinHits = 4;

    private readonly string?[] _strings = new string?[MaxColumns * Places];
    private readonly int[] _looked = new int[MaxColumns];
    private readonly int[] _found = new int[MaxColumns];

    /// <summary>The text of a cell of column <paramref name="column"/>: a string read there lately, or a new one.</summary>
    public string Text(int column, ReadOnlySpan<char> text)
    {
        if (column >= MaxColumns || text.Length > MaxLength || _looked[column] < 0)
        {
            return new string(text);
        }

        var place = (column * Places) + (((text.Length * 7) + text[0] + (text[^1] * 31) + (text[text.Length / 2] * 131)) & (Places - 1));
        var found = _strings[place] is { } held && text.SequenceEqual(held);
        if (_looked[column] < Trial && !Judged(column, found))
        {
            return new string(text);
        }

        return found ? _strings[place]! : _strings[place] = new string(text);
    }

    /// <summary>Counts a lookup of the column's trial; false when the column has just failed it and holds nothing more.</summary>
    private bool Judged(int column, bool found)
    {
        _found[column] += found ? 1 : 0;
        if (++_looked[column] < Trial || _found[column] * MinHits >= Trial)
        {
            return true;
        }

        _looked[column] = -1;
        _strings.AsSpan(column * Places, Places).Clear();
        return false;
    }
}
