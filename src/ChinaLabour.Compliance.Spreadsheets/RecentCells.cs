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
/// <see cref="MaxColumns"/> × <see cref="Places"/> strings of at most <see cref="MaxLength"/> characters.
/// </remarks>
internal sealed class RecentCells
{
    private const int MaxColumns = 64;
    private const int Places = 16;
    private const int MaxLength = 32;

    private readonly string?[] _strings = new string?[MaxColumns * Places];

    /// <summary>The text of a cell of column <paramref name="column"/>: a string read there lately, or a new one.</summary>
    public string Text(int column, ReadOnlySpan<char> text)
    {
        if (column >= MaxColumns || text.Length > MaxLength)
        {
            return new string(text);
        }

        var place = (column * Places) + (((text.Length * 7) + text[0] + (text[^1] * 31) + (text[text.Length / 2] * 131)) & (Places - 1));
        if (_strings[place] is { } held && text.SequenceEqual(held))
        {
            return held;
        }

        return _strings[place] = new string(text);
    }
}
