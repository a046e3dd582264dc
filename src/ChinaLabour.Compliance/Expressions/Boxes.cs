namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// The boxes a compiled value returns for true, false and the small counts: boxed values are never changed, so one box
/// of each serves every check and thread. Most named values are a flag or a count (a rule's <c>inPlace</c>, its
/// <c>offending</c>), and a box for each was 6% of the bytes a check allocated on the province (measured).
/// </summary>
internal static class Boxes
{
    /// <summary>The counts kept boxed: a count of workers or records is mostly small.</summary>
    private const int CountsKept = 256;

    private static readonly object s_true = true;
    private static readonly object s_false = false;
    private static readonly object[] s_counts = Counts();

    /// <summary>The box of <paramref name="value"/>.</summary>
    public static object Of(bool value) => value ? s_true : s_false;

    /// <summary>The box of <paramref name="value"/>, shared when it is from 0 to 255.</summary>
    public static object Of(int value) => (uint)value < CountsKept ? s_counts[value] : value;

    private static object[] Counts()
    {
        var counts = new object[CountsKept];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = i;
        }

        return counts;
    }
}
