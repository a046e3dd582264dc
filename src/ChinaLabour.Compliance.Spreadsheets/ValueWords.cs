using System.Collections.Generic;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>The words HR systems write for yes, no and none, whatever the column.</summary>
internal static class ValueWords
{
    /// <summary>The words for yes and for no, the first of each written on export.</summary>
    public static IReadOnlyList<(bool Value, IReadOnlyList<string> Words)> Booleans { get; } =
    [
        (true, ["是", "有", "已", "对", "具备", "合格", "yes", "y", "true", "1", "√", "✓"]),
        (false, ["否", "无", "未", "没有", "不具备", "不合格", "no", "n", "false", "0", "×", "✗"]),
    ];

    /// <summary>The words that say "none" in a column whose empty text means none, the first written on export.</summary>
    public static IReadOnlyList<string> None { get; } = ["无", "没有", "不涉及", "未设置", "从未", "否", "none", "n/a"];
}
