using System.Text;

namespace Compliance.Import;

/// <summary>How to read a spreadsheet batch.</summary>
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
    /// The encoding a person names (<c>utf-8</c>, <c>gb18030</c>, <c>gbk</c>, <c>utf-16</c>, …), set to refuse bytes it
    /// cannot decode rather than replace them; <see langword="null"/> for a name no encoding has.
    /// </summary>
    public static Encoding? EncodingNamed(string name)
    {
        System.ArgumentNullException.ThrowIfNull(name);
        return CsvEncoding.Named(name);
    }
}
