using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Validation;

namespace ChinaLabour.Compliance.Checking;

/// <summary>Every text the checker writes into a report, in both languages.</summary>
internal static class CheckMessages
{
    public static BilingualText OtherRegion(string? code, IReadOnlyList<string> regions) => new(
        $"地区代码 {code} 不在本规则适用地区（{string.Join("、", regions)}）内",
        $"region {code} is outside the rule's regions ({string.Join(", ", regions)})");

    public static BilingualText OtherIndustry(string? code, IReadOnlyList<string> industries) => new(
        $"行业代码 {code} 不在本规则适用行业（{string.Join("、", industries)}）内",
        $"industry {code} is outside the rule's industries ({string.Join(", ", industries)})");

    public static BilingualText RegionTooCoarse(string code, IReadOnlyList<string> regions) => new(
        $"地区代码 {code} 过粗，无法判断是否在本规则适用地区（{string.Join("、", regions)}）内；请给出更细的行政区划代码",
        $"region code {code} is too coarse to tell whether it lies within the rule's regions ({string.Join(", ", regions)}); give a finer code");

    public static BilingualText IndustryTooCoarse(string code, IReadOnlyList<string> industries) => new(
        $"行业代码 {code} 过粗，无法判断是否在本规则适用行业（{string.Join("、", industries)}）内；请给出更细的国民经济行业代码",
        $"industry code {code} is too coarse to tell whether it lies within the rule's industries ({string.Join(", ", industries)}); give a finer code");

    public static BilingualText NotYetInForce(string from, SourceDocument document) => document.Version is { } version
        ? new(
            $"本规则自 {from} 起施行（{document.Number}，{version}）；目录未收录此前施行的版本",
            $"the rule is in force from {from} ({document.Number}, {version}); the catalogue holds no earlier version")
        : new($"本规则自 {from} 起施行", $"the rule is in force from {from}");

    public static BilingualText NoLongerInForce(string to) => new($"本规则已于 {to} 失效", $"the rule ceased to be in force after {to}");

    public static BilingualText Missing(int count) => new($"缺少 {count} 项所需事实", $"{count} needed fact(s) missing");

    public static string TooManyItems(string name, int max) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"the named value '{name}' holds more than {max:N0} items, more than a report states; name its count (.Count()), or list the records as evidence");

    public static BilingualText Failed(string detail) => new($"规则运行出错：{detail}", $"the rule failed: {detail}");

    public static Notice HeadcountDisagrees(string form, int roster, int headcount) => new(
        "headcount-disagrees",
        new BilingualText(
            $"花名册中 {form} 为 {roster} 人，与人数汇总的 {headcount} 人不一致；按花名册检查",
            $"the roster has {roster} {form} but the headcount says {headcount}; the roster was used"));

    /// <summary>A period judged from headcount totals alone: the totals are one day's figures, and are read on every day.</summary>
    public static Notice HeadcountOverPeriod { get; } = new(
        "headcount-over-period",
        new BilingualText(
            "未提供花名册，期间内每一天均按同一人数汇总判定；人数汇总只反映某一天的人数，期间结论以此为前提",
            "no roster is given, so every day of the period is judged on the same headcount totals; the totals are one day's figures, and the period's verdicts rest on them"));
}
