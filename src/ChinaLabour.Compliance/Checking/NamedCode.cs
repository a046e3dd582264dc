namespace ChinaLabour.Compliance.Checking;

/// <summary>A code as the snapshot gives it, with its name in words from the code table, when the table knows it.</summary>
/// <param name="Code">The code, e.g. <c>140602</c> or <c>0610</c>.</param>
/// <param name="Name">Its name in words, e.g. <c>朔州市朔城区</c> or <c>烟煤和无烟煤开采洗选</c>; <see langword="null"/> when the code is not in the table.</param>
public sealed record NamedCode(string Code, string? Name)
{
    /// <summary>The code and its name, as a report shows them: <c>140602 朔州市朔城区</c>.</summary>
    public override string ToString() => Name is null ? Code : Code + " " + Name;
}
