using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
    private static readonly BoundedCache<(string Scope, string Code, Func<string?, IReadOnlyList<string>, BilingualText> Write), BilingualText> s_texts = new(Capacity);
    private static readonly BilingualText[] s_missing = Counts(64);

    /// <summary>The text for <paramref name="code"/> against <paramref name="scope"/> (a rule's list of codes), written by <paramref name="write"/> once.</summary>
    public static BilingualText For(IReadOnlyList<string> scope, string? code, Func<string?, IReadOnlyList<string>, BilingualText> write)
    {
        if (code is null)
        {
            return write(code, scope);
        }

        // The writer is part of the key: a region's list and an industry's may read alike ("14").
        var key = (s_scopes.GetValue(scope, static list => string.Join('\u001f', list)), code, write);
        return s_texts.Get(key, scope, static (key, scope) => key.Write(key.Code, scope));
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
