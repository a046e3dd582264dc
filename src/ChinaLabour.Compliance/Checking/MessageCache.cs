using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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

    private static readonly ConcurrentDictionary<(object Scope, string Code), BilingualText> s_texts = new();
    private static readonly BilingualText[] s_missing = Counts(64);

    /// <summary>The text for <paramref name="code"/> against <paramref name="scope"/> (a rule's list, the same instance for every check), written by <paramref name="write"/> once.</summary>
    public static BilingualText For(IReadOnlyList<string> scope, string? code, Func<string?, IReadOnlyList<string>, BilingualText> write)
    {
        if (code is null)
        {
            return write(code, scope);
        }

        if (s_texts.TryGetValue((scope, code), out var text))
        {
            return text;
        }

        text = write(code, scope);
        if (s_texts.Count < Capacity)
        {
            s_texts.TryAdd((scope, code), text);
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
