using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// The texts a check writes for most employers alike, built once: "N needed facts missing" is the reason of most
/// indeterminate results. A text is an immutable <see cref="BilingualText"/>, so every result may hold the same one.
/// </summary>
/// <threadsafety>Safe to use from many threads.</threadsafety>
internal static class MessageCache
{
    private static readonly BilingualText[] s_missing = Counts(64);

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
