using System.Text;

namespace Compliance.Loading;

/// <summary>Folds text the way quotes are matched against their source: NFKC, then no white space.</summary>
internal static class QuoteText
{
    public static string Fold(string text)
    {
        // string.Normalize throws on half of a surrogate pair, which text built in memory can hold; the round trip
        // through UTF-8 makes it U+FFFD, so such a quote is reported as not found (CR0201) and a source still folds.
        var normalized = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
