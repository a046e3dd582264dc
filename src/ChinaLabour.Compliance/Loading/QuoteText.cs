using System.Text;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Folds text the way quotes are matched against their source: full-width ASCII forms (３, ＡＢ, （）) read as their
/// half-width twins, and white space is dropped. The fold is written out here rather than taken from Unicode NFKC,
/// whose implementation comes from the machine (ICU) and is absent under invariant globalization: the same quote
/// must match on every machine.
/// </summary>
internal static class QuoteText
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFF01 - 0x21;

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // Half of a surrogate pair, which text built in memory can hold, cannot match a source: it stays as it is.
            builder.Append(c is >= FullWidthFirst and <= FullWidthLast ? (char)(c - FullWidthOffset) : c);
        }

        return builder.ToString();
    }
}
