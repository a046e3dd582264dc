using System.Collections.Generic;
using System.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// How to read a spreadsheet batch, and the limits a file must keep to (docs/import-format.md): a cell or CSV record past
/// its limit is left out with a problem that names the limit and the option to raise; a workbook past its size limits
/// refuses the batch before it is unpacked. Validated when the batch is opened.
/// </summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed record SpreadsheetOptions
{
    /// <summary>
    /// The encoding of every CSV file; <see langword="null"/> (the default) detects it per file: a byte-order mark,
    /// else UTF-8 when the whole file is valid UTF-8, else GB18030.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Whether problems quote resident ID numbers in full. By default they are masked (<c>140602********1234</c>) and
    /// names are never quoted: problems end up in logs and in reports handed to others.
    /// </summary>
    public bool ShowIdNumbers { get; init; }

    /// <summary>
    /// How many characters one cell may hold, in a CSV file or a workbook (a shared string, an inline string, a
    /// formula); by default 32,767, Excel's own limit. A row with a longer cell is left out with a problem; a CSV cell is
    /// never held beyond the limit, however long it runs. Must be positive.
    /// </summary>
    public int MaxCellLength { get; init; } = SpreadsheetDefaults.MaxCellLength;

    /// <summary>
    /// How many characters one CSV record may hold, separators and quotes included (a record is a row: it may span
    /// lines inside quotes); by default 1,048,576. Bounds a record of countless short cells, which
    /// <see cref="MaxCellLength"/> does not. A longer record is left out with a problem. Must be positive.
    /// </summary>
    public int MaxRowLength { get; init; } = SpreadsheetDefaults.MaxRowLength;

    /// <summary>
    /// How many bytes a workbook may unpack to, all its parts together, as its zip directory declares them; by default
    /// 2 GiB (2,147,483,648). Checked before the workbook is read, and again while each part is unpacked, counting the
    /// bytes, since a declared size can lie; past it the batch is refused. Must be positive.
    /// </summary>
    public long MaxUncompressedSize { get; init; } = SpreadsheetDefaults.MaxUncompressedSize;

    /// <summary>
    /// How many bytes a workbook's shared-string table (<c>xl/sharedStrings.xml</c>, unpacked) may take; by default
    /// 128 MiB (134,217,728). The reader holds the whole table in memory once for each sheet it reads at a time, so
    /// this bounds the memory a workbook can take; past it the batch is refused. Must be positive.
    /// </summary>
    public long MaxSharedStringsSize { get; init; } = SpreadsheetDefaults.MaxSharedStringsSize;

    /// <summary>
    /// The encoding a person names (<c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>, <c>utf-16</c>, …), set to refuse bytes it
    /// cannot decode rather than replace them; <see langword="null"/> for a name no encoding has.
    /// </summary>
    public static Encoding? EncodingNamed(string name)
    {
        System.ArgumentNullException.ThrowIfNull(name);
        return CsvEncoding.Named(name);
    }

    /// <summary>Every limit that is not positive, each as a sentence; empty when the options can be used.</summary>
    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Positive(nameof(MaxCellLength), MaxCellLength);
        Positive(nameof(MaxRowLength), MaxRowLength);
        Positive(nameof(MaxUncompressedSize), MaxUncompressedSize);
        Positive(nameof(MaxSharedStringsSize), MaxSharedStringsSize);
        return problems;

        void Positive(string name, long value)
        {
            if (value <= 0)
            {
                problems.Add(ImportMessages.NotPositive(name, value));
            }
        }
    }
}
