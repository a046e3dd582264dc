using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Loading;

/// <summary>Edit distance, for the "did you mean" of a misspelled name: the allowed name nearest to it, when near enough.</summary>
internal static class Levenshtein
{
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The candidate nearest to <paramref name="name"/>, ignoring case, within a third of its length (at least two
    /// edits); null when none is that near, so that a hint never sends an author somewhere unrelated.
    /// </summary>
    public static string? Nearest(string name, IEnumerable<string> candidates) =>
        candidates
            .Distinct(StringComparer.Ordinal)
            .Where(c => c != name)
            .Select(c => (Name: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, name.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
}
