using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// The columns of report.xlsx as a reader sees them: each CSV header in the report's language, and which columns hold
/// counts, so that they are written as numbers a spreadsheet sorts numerically rather than as text.
/// </summary>
internal static class WorkbookColumns
{
    private static readonly FrozenDictionary<string, string> s_chinese = new Dictionary<string, string>
    {
        ["source"] = "来源",
        ["employer"] = "企业编号",
        ["name"] = "企业名称",
        ["region"] = "行政区划",
        ["industry"] = "行业",
        ["violated"] = "违反",
        ["compliant"] = "合规",
        ["not applicable"] = "不适用",
        ["indeterminate"] = "无法判定",
        ["error"] = "出错",
        ["critical"] = "严重",
        ["major"] = "较重",
        ["minor"] = "一般",
        ["input problems"] = "输入问题",
        ["rule"] = "规则",
        ["severity"] = "严重程度",
        ["document"] = "文件",
        ["clause"] = "条款",
        ["quote"] = "原文",
        ["figures"] = "数据",
        ["evidence"] = "证据",
        ["remedy"] = "整改",
        ["sheet"] = "工作表",
        ["row"] = "行",
        ["column"] = "列",
        ["header or path"] = "表头或路径",
        ["consequence"] = "后果",
        ["problem"] = "问题",
    }.ToFrozenDictionary(System.StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_counts = new[]
    {
        "violated", "compliant", "not applicable", "indeterminate", "error", "critical", "major", "minor", "input problems", "row",
    }.ToFrozenSet(System.StringComparer.Ordinal);

    public static string Header(string column, Language language) =>
        language == Language.Zh && s_chinese.TryGetValue(column, out var chinese) ? chinese : column;

    public static bool IsCount(string column) => s_counts.Contains(column);

    /// <summary>
    /// A column's width in Excel's character units from the longest text in it: a CJK character takes two, and the
    /// width stays between what shows a header and what fits a printed page.
    /// </summary>
    public static double Width(int longest) => System.Math.Clamp(longest + 2, 6, 60);

    /// <summary>How many Excel character units <paramref name="text"/> takes.</summary>
    public static int Measure(string? text)
    {
        // A loop rather than LINQ: the measuring pass calls this for every cell of every table.
        var units = 0;
        foreach (var c in text ?? string.Empty)
        {
            units += c > 0x2E7F ? 2 : 1;
        }

        return units;
    }

    /// <summary>How many Excel character units the UTF-8 <paramref name="utf8"/> takes: for well-formed UTF-8, what <see cref="Measure(string?)"/> says of its text.</summary>
    public static int Measure(ReadOnlySpan<byte> utf8)
    {
        if (Ascii.IsValid(utf8))
        {
            return utf8.Length;
        }

        // A character's units follow from its lead byte, so counting bytes by kind (16 at a time) gives the sum: each
        // byte but a continuation byte counts one, a lead from 0xE3 (U+3000 on) one more, from 0xF0 (beyond the BMP,
        // two wide surrogates in UTF-16) two more again, and 0xE2 one more when it starts U+2E80 … U+2FFF.
        var units = utf8.Length;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<byte>.Count <= utf8.Length; i += Vector128<byte>.Count)
            {
                var bytes = Vector128.Create(utf8.Slice(i, Vector128<byte>.Count));
                units -= BitOperations.PopCount(Vector128.LessThan(bytes.AsSByte(), Vector128.Create(unchecked((sbyte)0xC0))).ExtractMostSignificantBits());
                units += BitOperations.PopCount(Vector128.GreaterThanOrEqual(bytes, Vector128.Create((byte)0xE3)).ExtractMostSignificantBits());
                units += 2 * BitOperations.PopCount(Vector128.GreaterThanOrEqual(bytes, Vector128.Create((byte)0xF0)).ExtractMostSignificantBits());
            }
        }

        foreach (var b in utf8[i..])
        {
            units += b switch
            {
                >= 0x80 and < 0xC0 => -1,
                >= 0xF0 => 3,
                >= 0xE3 => 1,
                _ => 0,
            };
        }

        for (var at = utf8.IndexOf((byte)0xE2); at >= 0; at = utf8.IndexOf((byte)0xE2))
        {
            units += at + 1 < utf8.Length && utf8[at + 1] >= 0xBA ? 1 : 0;
            utf8 = utf8[(at + 1)..];
        }

        return units;
    }
}
