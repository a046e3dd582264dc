using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>The words every report uses for waivers, written once so that text, HTML and tables say the same.</summary>
internal static class WaiverWords
{
    public static string Heading(Language lang) => lang == Language.Zh ? "已豁免（不计入退出码）" : "Waived (not counted toward the exit code)";

    public static string Waiver(Waiver waiver, Language lang) => lang == Language.Zh
        ? $"{waiver.Id}，{waiver.Approver} 批准，{Iso(waiver)}：{waiver.Reason}"
        : $"{waiver.Id}, approved by {waiver.Approver}, {Iso(waiver)}: {waiver.Reason}";

    public static string Expired(ExpiredWaiver expired, Language lang)
    {
        var waiver = expired.Waiver;
        var expires = LocalDatePattern.Iso.Format(waiver.Expires);
        var findings = string.Join(", ", expired.Unwaived.Select(r => r.Rule.Id));
        return lang == Language.Zh
            ? $"豁免 {waiver.Id}（{waiver.Target}）已于 {expires} 到期" + (findings.Length == 0 ? "；无对应违反项" : $"；{findings} 按违反报告")
            : $"waiver {waiver.Id} ({waiver.Target}) expired {expires}" + (findings.Length == 0 ? "; it covers no violation" : $"; reported as violations again: {findings}");
    }

    public static string NotYet(Waiver waiver, Language lang) => lang == Language.Zh
        ? $"豁免 {waiver.Id}（{waiver.Target}）自 {LocalDatePattern.Iso.Format(waiver.Granted)} 起生效，尚未生效"
        : $"waiver {waiver.Id} ({waiver.Target}) is not in force until {LocalDatePattern.Iso.Format(waiver.Granted)}";

    public static string Unused(Waiver waiver, Language lang) => lang == Language.Zh
        ? $"豁免 {waiver.Id}（{waiver.Target}）未对应任何违反项"
        : $"waiver {waiver.Id} ({waiver.Target}) covers no violation";

    /// <summary>Every line about the filing's waivers that are not waiving anything: expired, not yet in force, unused.</summary>
    public static IEnumerable<string> Notes(WaiverFiling filing, Language lang) =>
        filing.Expired.Select(e => Expired(e, lang))
            .Concat(filing.NotYetInForce.Select(w => NotYet(w, lang)))
            .Concat(filing.Unused.Select(w => Unused(w, lang)));

    private static string Iso(Waiver waiver) =>
        $"{LocalDatePattern.Iso.Format(waiver.Granted)}–{LocalDatePattern.Iso.Format(waiver.Expires)}";
}
