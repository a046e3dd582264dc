using System.Text;

namespace Compliance.Spreadsheets.Tests;

/// <summary>
/// <c>ImportVocabulary.Normalise</c> as it was before its fast path (NFKC through ICU for every text), kept as the
/// oracle the fast one must agree with.
/// </summary>
internal static class NormaliseBefore
{
    public static string Normalise(string text)
    {
        var cut = text.IndexOfAny(['(', '（']);
        var kept = cut > 0 ? text[..cut] : text;
        var builder = new StringBuilder(kept.Length);
        foreach (var c in kept.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not '_' and not '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
