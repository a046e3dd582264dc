using System;
using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Text;

/// <summary>"Did you mean": the known names closest to a mistyped one, by edit distance, ignoring case.</summary>
internal static class Nearest
{
    /// <summary>
    /// The names of <paramref name="known"/> within a third of <paramref name="wanted"/>'s length of it (at least two
    /// edits, so that a hint never sends anyone somewhere unrelated), closest first, then in ordinal order; the name
    /// itself is never its own suggestion.
    /// </summary>
    public static IReadOnlyList<string> To(string wanted, IEnumerable<string> known, int take = 3)
    {
        var limit = Math.Max(2, wanted.Length / 3);
        var folded = wanted.ToUpperInvariant();
        return known
            .Distinct(StringComparer.Ordinal)
            .Where(name => name != wanted)
            .Select(name => (Name: name, Distance: Distance(folded, name.ToUpperInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(take)
            .Select(c => c.Name)
            .ToArray();
    }

    /// <summary>The one nearest name, or null when none is near.</summary>
    public static string? One(string wanted, IEnumerable<string> known) => To(wanted, known, 1) is [var one] ? one : null;

    /// <summary>"; did you mean 'a' or 'b'?" for the nearest names, or nothing when none is near.</summary>
    public static string Suggestion(string wanted, IEnumerable<string> known) =>
        To(wanted, known) is { Count: > 0 } near ? $"; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?" : string.Empty;

    /// <summary>
    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each cost one.
    /// Three rows, not a matrix, since passages of a clause are compared with it too.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
