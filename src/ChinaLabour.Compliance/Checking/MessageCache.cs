using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// The texts a check writes for most employers alike, built once: "region 140602 is outside the rule's regions (…)"
/// depends only on the code and the rule's list, and a province's employers share a few thousand codes. A text is an
/// immutable <see cref="BilingualText"/>, so every result may hold the same one.
/// </summary>
/// <threadsafety>Safe to use from many threads.</threadsafety>
internal static class MessageCache
{
    /// <summary>
    /// How many texts are kept: the codes of a country's counties, for a few lists each. Codes beyond it (input that
    /// is not a code table's) are written afresh each time rather than held.
    /// </summary>
    private const int Capacity = 16_384;

    // Keyed by the list's content: rules citing one province share one list of regions, each in an instance of its own.
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, string> s_scopes = [];
    private static readonly ConcurrentDictionary<(string Scope, string Code, Delegate Write), BilingualText> s_texts = new();
    private static int s_count;
    private static readonly BilingualText[] s_missing = Counts(64);

    /// <summary>The text for <paramref name="code"/> against <paramref name="scope"/> (a rule's list of codes), written by <paramref name="write"/> once.</summary>
    public static BilingualText For(IReadOnlyList<string> scope, string? code, Func<string?, IReadOnlyList<string>, BilingualText> write)
    {
        if (code is null)
        {
            return write(code, scope);
        }

        // The writer is part of the key: a region's list and an industry's may read alike ("14").
        var key = (s_scopes.GetValue(scope, static list => string.Join('\u001f', list)), code, (Delegate)write);
        if (s_texts.TryGetValue(key, out var text))
        {
            return text;
        }

        text = write(code, scope);

        // Counted here rather than asked of the dictionary, whose count takes every one of its locks.
        if (Volatile.Read(ref s_count) < Capacity && s_texts.TryAdd(key, text))
        {
            Interlocked.Increment(ref s_count);
        }

        return text;
    }

    /// <summary>"N needed facts missing", the reason of most indeterminate results.</summary>
    public static BilingualText Missing(int count) => count >= 0 && count < s_missing.Length ? s_missing[count] : CheckMessages.Missing(count);

    private static BilingualText[] Counts(int count)
    {
        var texts = new BilingualText[count];
        for (var i = 0; i < count; i++)
        {
            texts[i] = CheckMessages.Missing(i);
        }

        return texts;
    }
}
