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
/// One employer's report as plain text, for a console or a log: the counts by outcome, then every finding with its
/// clause, quote, figures, evidence and remedy, then the rules not violated, one line each.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread.</threadsafety>
public static class TextReport
{
    private const int EvidenceShown = 12;

    /// <summary>The text report of <paramref name="report"/> in <paramref name="language"/>.</summary>
    /// <param name="report">The report of one check.</param>
    /// <param name="language">The language of the report's words; quotes stay in the source document's Chinese, with their English.</param>
    /// <returns>The report, lines ending with <see cref="Environment.NewLine"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(CheckReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Build(report, language, null);
    }

    /// <summary>
    /// The text report of a report filed by waivers: the violations no waiver covers as findings, then the waived ones
    /// apart, each with its waiver, then the waivers that waive nothing (expired, not yet in force, unused).
    /// </summary>
    /// <param name="filing">The report with its violations filed by waivers.</param>
    /// <param name="language">The language of the report's words.</param>
    /// <returns>The report, lines ending with <see cref="Environment.NewLine"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filing"/> is null.</exception>
    public static string RenderFiled(WaiverFiling filing, Language language)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return Build(filing.Report, language, filing);
    }

    /// <summary>Writes the text report of <paramref name="report"/> in <paramref name="language"/> to <paramref name="output"/>.</summary>
    /// <param name="report">The report of one check.</param>
    /// <param name="language">The language of the report's words.</param>
    /// <param name="output">Where to write; it is neither flushed nor closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void Write(CheckReport report, Language language, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(report, language));
    }

    /// <summary>Region and industry in words, as the report names the employer's place and trade.</summary>
    internal static string? Where(CheckReport report) =>
        report.Region is null && report.Industry is null
            ? null
            : string.Join(" · ", new[] { report.Region?.ToString(), report.Industry?.ToString() }.Where(s => s is not null));

    private static string Build(CheckReport report, Language lang, WaiverFiling? filing)
    {
        var zh = lang == Language.Zh;
        var text = new StringBuilder();
        var name = report.EnterpriseName is null ? report.EnterpriseId : $"{report.EnterpriseName} ({report.EnterpriseId})";
        text.AppendLine(zh ? $"合规检查报告：{name}，检查日期 {Date(report)}" : $"Compliance report: {name}, as of {Date(report)}");
        if (Where(report) is { } where)
        {
            text.AppendLine(where);
        }

        text.AppendLine(zh
            ? $"规则 {report.Results.Count} 条：违反 {report.Count(Outcome.Violated)}，合规 {report.Count(Outcome.Compliant)}，不适用 {report.Count(Outcome.NotApplicable)}，无法判定 {report.Count(Outcome.Indeterminate)}，出错 {report.Count(Outcome.Error)}"
            : $"{report.Results.Count} rules: {report.Count(Outcome.Violated)} violated, {report.Count(Outcome.Compliant)} compliant, {report.Count(Outcome.NotApplicable)} not applicable, {report.Count(Outcome.Indeterminate)} indeterminate, {report.Count(Outcome.Error)} error");
        if (filing is not null)
        {
            text.AppendLine(zh ? $"其中已豁免 {filing.Waived.Count} 条" : $"of the violated, {filing.Waived.Count} waived");
        }

        foreach (var notice in report.Notices)
        {
            text.AppendLine((zh ? "提示：" : "Note: ") + notice.Text.In(lang));
        }

        // One finding per duty: rules of several documents that state the same duty are shown together, with
        // every clause broken, so that an auditor reads the finding once.
        foreach (var finding in filing?.OpenFindings() ?? report.Findings())
        {
            text.AppendLine();
            Write(text, finding.Results[0], lang, finding.Severity);
            foreach (var also in finding.Results.Skip(1))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "同时违反" : "Also")}:     {also.Rule.Citation.Document} {also.Rule.Citation.Clause} ({also.Rule.Id}): {also.Rule.Citation.Quote}");
            }

            foreach (var other in finding.OtherVerdicts)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "同一义务" : "Same duty")}:  {other.Rule.Citation.Document} {other.Rule.Citation.Clause} ({other.Rule.Id}): {ReportWords.Outcome(other.Outcome, lang)}");
            }
        }

        if (filing is not null)
        {
            WriteWaivers(text, filing, lang);
        }

        foreach (var result in report.Results.Where(r => r.Outcome == Outcome.Error))
        {
            text.AppendLine();
            Write(text, result, lang);
        }

        foreach (var outcome in new[] { Outcome.Indeterminate, Outcome.Compliant, Outcome.NotApplicable })
        {
            var results = report.Results.Where(r => r.Outcome == outcome).ToArray();
            if (results.Length == 0)
            {
                continue;
            }

            text.AppendLine();
            foreach (var result in results)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{Label(outcome, lang)}  {result.Rule.Id}: {Brief(result, lang)}");
            }
        }

        return text.ToString();
    }

    // Waived violations keep their outcome, so they are written as violations are, under their own heading.
    private static void WriteWaivers(StringBuilder text, WaiverFiling filing, Language lang)
    {
        if (filing.Waived.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(WaiverWords.Heading(lang));
            foreach (var waived in filing.Waived)
            {
                text.AppendLine();
                Write(text, waived.Result, lang);
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(lang == Language.Zh ? "豁免" : "Waiver")}:   {WaiverWords.Waiver(waived.Waiver, lang)}");
            }
        }

        var notes = WaiverWords.Notes(filing, lang).ToArray();
        if (notes.Length > 0)
        {
            text.AppendLine();
            foreach (var note in notes)
            {
                text.AppendLine((lang == Language.Zh ? "提示：" : "Note: ") + note);
            }
        }
    }

    /// <param name="text">Where to write.</param>
    /// <param name="result">The result.</param>
    /// <param name="lang">The report's language.</param>
    /// <param name="severity">For a finding, the gravest severity among the rules it breaks; the rule's own otherwise.</param>
    private static void Write(StringBuilder text, RuleResult result, Language lang, Severity? severity = null)
    {
        var zh = lang == Language.Zh;
        var rule = result.Rule;
        text.AppendLine(CultureInfo.InvariantCulture, $"{Label(result.Outcome, lang)}  [{ReportWords.Severity(severity ?? rule.Severity, lang)}] {rule.Id}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {rule.Title.In(lang)}");
        if (result.Outcome != Outcome.Violated)
        {
            if (result.Reason is { } reason)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "原因" : "Why")}:      {reason.In(lang)}");
            }

            if (result.MissingFacts.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "缺少" : "Missing")}:  {string.Join(", ", result.MissingFacts)}");
            }

            if (result.Outcome == Outcome.Compliant && result.Message is { } figures)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "数据" : "Figures")}:  {figures.In(lang)}");
            }

            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "条款" : "Clause")}:   {rule.Citation.Document} {rule.Citation.Clause}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "原文" : "Quote")}:    {rule.Citation.Quote}");
        text.AppendLine(CultureInfo.InvariantCulture, $"            {rule.Citation.English}");
        foreach (var basis in rule.LegalBasis)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "依据" : "Basis")}:    {basis.Law} {basis.Article} ({basis.English})");
        }

        if (result.Message is { } message)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "数据" : "Figures")}:  {message.In(lang)}");
        }

        if (result.Evidence.Count > 0)
        {
            var shown = result.Evidence.Take(EvidenceShown).Select(e => $"{ReportWords.Kind(e.Kind, lang)} {e.Id}");
            var more = result.Evidence.Count > EvidenceShown
                ? (zh ? $" 等共 {result.Evidence.Count} 条" : $" and {result.Evidence.Count - EvidenceShown} more")
                : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "证据" : "Evidence")}: {string.Join(", ", shown)}{more}");
        }
        else if (result.EvidenceUnavailable.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "证据" : "Evidence")}: {(zh ? "无法列出，缺少" : "cannot be listed; missing")} {string.Join(", ", result.EvidenceUnavailable)}");
        }

        if (result.Remedy is { } remedy)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {(zh ? "整改" : "Remedy")}:   {remedy.In(lang)}");
        }
    }

    private static string Brief(RuleResult result, Language lang)
    {
        if (result.Outcome == Outcome.Indeterminate)
        {
            var shown = string.Join(", ", result.MissingFacts.Take(3));
            var more = result.MissingFacts.Count > 3 ? (lang == Language.Zh ? $" 等 {result.MissingFacts.Count} 项" : $" and {result.MissingFacts.Count - 3} more") : string.Empty;
            return (lang == Language.Zh ? "缺少 " : "missing ") + shown + more;
        }

        return (result.Outcome == Outcome.Compliant ? result.Message : result.Reason)?.In(lang) ?? string.Empty;
    }

    private static string Label(Outcome outcome, Language lang) => ReportWords.Outcome(outcome, lang).ToUpperInvariant();

    private static string Date(CheckReport report) => LocalDatePattern.Iso.Format(report.AsOf);
}
