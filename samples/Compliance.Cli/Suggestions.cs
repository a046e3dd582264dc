using System;
using System.Collections.Generic;

namespace Compliance.Cli;

/// <summary>
/// "Did you mean": the candidate closest to a mistyped word by edit distance (Levenshtein), so that a typo in a
/// command, an option, a rule id or a document number is answered with the word that was meant, not only refused.
/// </summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidate nearest to <paramref name="given"/>, ignoring case; null when none is near enough to be a typo:
    /// at most a third of the longer word's letters changed (and at least 2 allowed), so that "chek" finds "check"
    /// but "zzz" finds nothing. Ties go to the earlier candidate, so the answer is the same on every run.
    /// </summary>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(given.ToUpperInvariant(), candidate.ToUpperInvariant());
            var allowed = Math.Max(2, Math.Max(given.Length, candidate.Length) / 3);
            if (distance <= allowed && distance < bestDistance && distance > 0)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)", to follow the value in an error line, or nothing when no candidate is near.</summary>
    public static string DidYouMean(string given, IEnumerable<string> candidates) =>
        Closest(given, candidates) is { } near ? $" (did you mean '{near}'?)" : string.Empty;

    /// <summary>The number of single-letter insertions, deletions and substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
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
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
