using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// One employer's report as a self-contained, printable HTML page: a summary chart of violations by severity and by
/// rule, every violation with its quoted clause, figures, records and remedy, then the other outcomes. Every text from
/// the report (an employer's name, an id, a figure) is escaped; the page has no script and loads no other file.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread.</threadsafety>
public static class HtmlReport
{
    /// <summary>
    /// The pages' style. Printed, a page is A4 with margins, and a finding is never split across two sheets; on screen
    /// and on paper the severities have their own colours (<see cref="SeverityColour"/>). The font is named as
    /// Debian's fonts-noto-cjk installs it, so that Chromium draws the Chinese and does not fall back to boxes.
    /// </summary>
    internal static readonly string Style = $$$"""
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem;color:#1b1b1b;max-width:60rem}
        h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc;break-after:avoid}
        .meta{color:#555} table{border-collapse:collapse;width:100%} td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        tr{break-inside:avoid} td.outcome,th.outcome,td.num,th.num{white-space:nowrap;min-width:4em} td.num{text-align:right}
        code.id{display:block;font-size:.75rem;color:#666}
        .finding{border:1px solid {{{SeverityColour.Of(Severity.Critical)}}};border-left:6px solid {{{SeverityColour.Of(Severity.Critical)}}};padding:.6rem 1rem;margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
        .finding.major{border-color:{{{SeverityColour.Of(Severity.Major)}}}} .finding.minor{border-color:{{{SeverityColour.Of(Severity.Minor)}}}}
        blockquote{margin:.4rem 0;padding:.3rem .8rem;background:#f6f6f6;border-left:3px solid #888}
        .en{color:#555;font-size:.9rem} .label{font-weight:bold} svg text{font-size:12px} figure.chart{margin:1rem 0;break-inside:avoid}
        .legend{font-size:.85rem;color:#333} .swatch{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em;vertical-align:-.05em}
        @page{size:A4;margin:15mm 12mm}
        @media print{body{margin:0;max-width:none} a{color:inherit;text-decoration:none}}
        """;

    /// <summary>The HTML page of <paramref name="report"/> in <paramref name="language"/>.</summary>
    /// <param name="report">The report of one check.</param>
    /// <param name="language">The language of the page's words; quotes stay in the source document's Chinese, with their English.</param>
    /// <returns>The page, from <c>&lt;!DOCTYPE html&gt;</c> to <c>&lt;/html&gt;</c>, to be saved as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(CheckReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Build(report, language, null);
    }

    /// <summary>
    /// The HTML page of a report filed by waivers: the violations no waiver covers, then a "Waived" section with each
    /// waived violation and its waiver, and the waivers that waive nothing (expired, not yet in force, unused).
    /// </summary>
    /// <param name="filing">The report with its violations filed by waivers.</param>
    /// <param name="language">The language of the page's words.</param>
    /// <returns>The page, to be saved as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filing"/> is null.</exception>
    public static string RenderFiled(WaiverFiling filing, Language language)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return Build(filing.Report, language, filing);
    }

    /// <summary>Writes the HTML page of <paramref name="report"/> in <paramref name="language"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report of one check.</param>
    /// <param name="language">The language of the page's words.</param>
    /// <param name="output">Where to write, best with a UTF-8 encoding (the page says it is UTF-8); it is neither flushed nor closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void Write(CheckReport report, Language language, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(report, language));
    }

    private static string Build(CheckReport report, Language language, WaiverFiling? filing)
    {
        var zh = language == Language.Zh;
        string T(string chinese, string english) => zh ? chinese : english;
        var html = new StringBuilder();
        var name = report.EnterpriseName ?? report.EnterpriseId;
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{(zh ? "zh-CN" : "en")}\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Html.E(name)} — {Html.E(T("合规检查报告", "Compliance report"))}</title><style>{Style}</style></head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1 id=\"title\">{Html.E(T("合规检查报告", "Compliance report"))}: {Html.E(name)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Html.E(report.EnterpriseId)}{(TextReport.Where(report) is { } where ? " · " + Html.E(where) : string.Empty)} · {Html.E(T("检查日期", "as of"))} {LocalDatePattern.Iso.Format(report.AsOf)} · {Html.E(T("规则库", "catalogue"))} {Html.E(report.CatalogueHash[..12])}</p>\n");

        html.Append(Html.OutcomeTable(report.Count, language));
        var violations = report.Violations.ToArray();
        html.Append(Html.Chart(T("按严重程度", "By severity"), [.. Enumerable.Reverse(Enum.GetValues<Severity>()).Select(s => (ReportWords.Severity(s, language), violations.Count(v => v.Rule.Severity == s), s))]));
        html.Append(Html.Chart(T("按规则（涉及记录数）", "By rule (records breaking it)"), [.. violations.Select(v => (v.Rule.Title.In(language), Math.Max(1, v.Evidence.Count), v.Rule.Severity))]));
        html.Append(SeverityColour.Legend(language));
        foreach (var notice in report.Notices)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\">{Html.E(notice.Text.In(language))}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{Html.E(T("违反的规定", "Violations"))}</h2>\n");
        foreach (var finding in filing?.OpenFindings() ?? report.Findings())
        {
            var first = finding.Results[0];
            var rule = first.Rule;
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"finding {finding.Severity.ToString().ToLowerInvariant()}\" data-rule=\"{Html.E(rule.Id)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<h3>[{Html.E(ReportWords.Severity(finding.Severity, language))}] {Html.E(rule.Title.In(language))}</h3>");
            foreach (var result in finding.Results)
            {
                var citation = result.Rule.Citation;
                html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"label\">{Html.E(citation.Document)} {Html.E(citation.Clause)}</span> <code>{Html.E(result.Rule.Id)}</code></p>");
                html.Append(CultureInfo.InvariantCulture, $"<blockquote><p>{Html.E(citation.Quote)}</p><p class=\"en\">{Html.E(citation.English)}</p></blockquote>");
                foreach (var basis in result.Rule.LegalBasis)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p>{Html.E(T("依据", "Basis"))}: {Html.E(basis.Law)} {Html.E(basis.Article)} <span class=\"en\">({Html.E(basis.English)})</span></p>");
                }
            }

            if (first.Message is { } message)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"label\">{Html.E(T("数据", "Figures"))}:</span> {Html.E(message.In(language))}</p>");
            }

            if (first.Evidence.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"label\">{Html.E(T("证据", "Evidence"))}:</span> {Html.E(string.Join(", ", first.Evidence.Select(e => $"{ReportWords.Kind(e.Kind, language)} {e.Id}")))}</p>");
            }

            if (first.Remedy is { } remedy)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"label\">{Html.E(T("整改", "Remedy"))}:</span> {Html.E(remedy.In(language))}</p>");
            }

            foreach (var other in finding.OtherVerdicts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"other-verdict\"><span class=\"label\">{Html.E(T("同一义务", "Same duty"))}:</span> {Html.E(other.Rule.Citation.Document)} {Html.E(other.Rule.Citation.Clause)} <code>{Html.E(other.Rule.Id)}</code> — {Html.E(ReportWords.Outcome(other.Outcome, language))}</p>");
            }

            html.Append("</section>\n");
        }

        if (filing is not null)
        {
            Waivers(html, filing, language);
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{Html.E(T("其他规则", "Other rules"))}</h2>\n<table id=\"others\"><tr><th>{Html.E(T("规则", "Rule"))}</th><th class=\"outcome\">{Html.E(T("结论", "Outcome"))}</th><th>{Html.E(T("说明", "Detail"))}</th></tr>\n");
        foreach (var result in report.Results.Where(r => r.Outcome != Outcome.Violated))
        {
            var detail = result.Outcome == Outcome.Indeterminate
                ? string.Join(", ", result.MissingFacts)
                : (result.Outcome == Outcome.Compliant ? result.Message : result.Reason)?.In(language) ?? string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(result.Rule.Title.In(language))}<code class=\"id\">{Html.E(result.Rule.Id)}</code></td><td class=\"outcome\">{Html.E(ReportWords.Outcome(result.Outcome, language))}</td><td>{Html.E(detail)}</td></tr>\n");
        }

        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    private static void Waivers(StringBuilder html, WaiverFiling filing, Language language)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"waived\">{Html.E(WaiverWords.Heading(language))}</h2>\n");
        foreach (var waived in filing.Waived)
        {
            var rule = waived.Result.Rule;
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"finding waived {rule.Severity.ToString().ToLowerInvariant()}\" data-rule=\"{Html.E(rule.Id)}\" data-waiver=\"{Html.E(waived.Waiver.Id)}\">");
            html.Append(CultureInfo.InvariantCulture, $"<h3>[{Html.E(ReportWords.Severity(rule.Severity, language))}] {Html.E(rule.Title.In(language))}</h3>");
            html.Append(CultureInfo.InvariantCulture, $"<p><span class=\"label\">{Html.E(rule.Citation.Document)} {Html.E(rule.Citation.Clause)}</span> <code>{Html.E(rule.Id)}</code></p>");
            if (waived.Result.Message is { } message)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{Html.E(message.In(language))}</p>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<p class=\"waiver\"><span class=\"label\">{Html.E(language == Language.Zh ? "豁免" : "Waiver")}:</span> {Html.E(WaiverWords.Waiver(waived.Waiver, language))}</p></section>\n");
        }

        foreach (var note in WaiverWords.Notes(filing, language))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"waiver-note\">{Html.E(note)}</p>\n");
        }
    }
}
