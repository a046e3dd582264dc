using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Text;

/// <summary>"Did you mean": the known names closest to a mistyped one, by edit distance, ignoring case.</summary>
internal static class Nearest
{
    /// <summary>
    /// The names of <paramref name="known"/> within a third of <paramref name="wanted"/>'s length of it (at least
    /// one edit, at most three), closest first, then in ordinal order; a name that differs only in case comes first.
    /// </summary>
    public static IReadOnlyList<string> To(string wanted, IEnumerable<string> known, int take = 3)
    {
        var limit = Math.Clamp(wanted.Length / 3, 1, 3);
        return known
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Distance: Distance(wanted.ToUpperInvariant(), name.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(take)
            .Select(c => c.Name)
            .ToArray();
    }

    /// <summary>" Did you mean 'a' or 'b'?" for the nearest names, or nothing when none is near.</summary>
    public static string Suggestion(string wanted, IEnumerable<string> known) =>
        To(wanted, known) is { Count: > 0 } near ? $"; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?" : string.Empty;

    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours each cost one.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
