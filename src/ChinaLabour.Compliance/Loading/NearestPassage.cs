using System;
using System.Text;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// For a misquote, the passage of the text nearest to it, with the characters that differ from the quote marked
/// «thus», so that an author sees the typo rather than hunts for it.
/// </summary>
internal static class NearestPassage
{
    /// <summary>The longest text searched, so that a hostile rule folder cannot make the loader slow.</summary>
    private const int MaxWork = 20_000_000;

    /// <summary>
    /// The passage of <paramref name="text"/> nearest to <paramref name="quote"/> (both folded), marked, when it
    /// differs in at most a third of the quote's characters; null otherwise.
    /// </summary>
    public static string? Find(string quote, string text)
    {
        var m = quote.Length;
        if (m == 0 || text.Length == 0 || (long)m * text.Length > MaxWork)
        {
            return null;
        }

        // Sellers' algorithm: edit distance of the quote to the best substring of the text ending at each position.
        var column = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            column[i] = i;
        }

        int bestEnd = 0, best = m;
        for (var j = 1; j <= text.Length; j++)
        {
            var diagonal = column[0];
            column[0] = 0;
            for (var i = 1; i <= m; i++)
            {
                var above = column[i];
                column[i] = Math.Min(Math.Min(column[i] + 1, column[i - 1] + 1), diagonal + (quote[i - 1] == text[j - 1] ? 0 : 1));
                diagonal = above;
            }

            if (column[m] < best)
            {
                best = column[m];
                bestEnd = j;
            }
        }

        if (best == 0 || best > Math.Max(1, m / 3))
        {
            return null;
        }

        // The start: of the substrings ending there, the one nearest to the quote.
        int bestStart = Math.Max(0, bestEnd - m), bestDistance = int.MaxValue;
        for (var start = Math.Max(0, bestEnd - m - best); start <= Math.Min(bestEnd, bestEnd - m + best); start++)
        {
            var distance = Nearest.Distance(quote, text[start..bestEnd]);
            if (distance < bestDistance)
            {
                (bestDistance, bestStart) = (distance, start);
            }
        }

        return Mark(quote, text[bestStart..bestEnd]);
    }

    /// <summary>The passage with each run of characters that the quote does not have at that place in «».</summary>
    private static string Mark(string quote, string passage)
    {
        var d = new int[quote.Length + 1, passage.Length + 1];
        for (var i = 0; i <= quote.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= passage.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= quote.Length; i++)
        {
            for (var j = 1; j <= passage.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (quote[i - 1] == passage[j - 1] ? 0 : 1));
            }
        }

        var differs = new bool[passage.Length];
        for (int i = quote.Length, j = passage.Length; j > 0;)
        {
            if (i > 0 && d[i, j] == d[i - 1, j - 1] + (quote[i - 1] == passage[j - 1] ? 0 : 1))
            {
                differs[j - 1] = quote[i - 1] != passage[j - 1];
                i--;
                j--;
            }
            else if (d[i, j] == d[i, j - 1] + 1)
            {
                differs[j - 1] = true;
                j--;
            }
            else
            {
                // A character of the quote the passage lacks: nothing of the passage to mark.
                i--;
            }
        }

        var marked = new StringBuilder();
        for (var j = 0; j < passage.Length; j++)
        {
            if (differs[j] && (j == 0 || !differs[j - 1]))
            {
                marked.Append('«');
            }

            marked.Append(passage[j]);
            if (differs[j] && (j == passage.Length - 1 || !differs[j + 1]))
            {
                marked.Append('»');
            }
        }

        return marked.ToString();
    }
}
