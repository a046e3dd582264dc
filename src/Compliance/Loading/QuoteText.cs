using System.Text;

namespace Compliance.Loading;

/// <summary>Folds text the way quotes are matched against their source: NFKC, then no white space.</summary>
internal static class QuoteText
{
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
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
