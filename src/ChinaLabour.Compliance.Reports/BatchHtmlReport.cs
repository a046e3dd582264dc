using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// The page of a batch (report.html): one self-contained, printable page with the totals, charts of violations by
/// rule and by severity, the employers that need an auditor — those with violations and those with rules left
/// undecided — worst first (each linked to its own page when the batch wrote one, <see cref="HtmlReport"/>), with the
/// facts to collect for each undecided rule, and the problems found in the input. Long lists stop at
/// <see cref="MaxRows"/> rows and point to the CSV files (<see cref="BatchCsvTables"/>), which hold everything; only
/// those rows are kept, so memory stays bounded on any batch size. Headings speak both languages; the words for
/// severities follow the language given.
/// </summary>
/// <threadsafety>Not thread-safe: one batch adds its employers from one thread.</threadsafety>
public sealed partial class BatchHtmlReport
{
    /// <summary>How many employers, and how many input problems, the page lists at most.</summary>
    public const int MaxRows = 1000;

    private readonly Dictionary<string, (string Title, Severity Severity, int Count)> _byRule = new(System.StringComparer.Ordinal);
    private readonly int[] _bySeverity = new int[3];
    private readonly List<BatchEmployer> _employers = [];
    private readonly List<(string File, string Problem)> _rejected = [];
    private readonly Language _language;
    private int _employersListed;

    /// <summary>The last employer kept once the list is full: those added later rank behind it (a later sequence breaks a tie), or are not kept.</summary>
    private EmployerRank? _last;
    private int _rejectedCount;

    /// <summary>Starts an empty page.</summary>
    /// <param name="language">The language of the severities' words and of the rule titles in the chart.</param>
    public BatchHtmlReport(Language language) => _language = language;

    /// <summary>Adds one employer's report to the totals and charts, and to the list when it needs an auditor.</summary>
    /// <param name="source">Where the employer came from (a file, a row of a table).</param>
    /// <param name="report">The employer's report.</param>
    /// <param name="inputProblems">How many problems reading the employer's records found.</param>
    /// <param name="page">The employer's own page, as a link relative to the batch's page; null when it has none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="report"/> is null.</exception>
    public void Add(string source, CheckReport report, int inputProblems = 0, string? page = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(report);
        int critical = 0, major = 0, minor = 0, violations = 0, undecided = 0;
        foreach (var result in report.Results)
        {
            if (result.Outcome == Outcome.Indeterminate)
            {
                undecided++;
            }
            else if (result.Outcome == Outcome.Violated)
            {
                var rule = result.Rule;
                ref var chart = ref CollectionsMarshal.GetValueRefOrAddDefault(_byRule, rule.Id, out var charted);
                chart = (charted ? chart.Title : rule.Title.In(_language), rule.Severity, chart.Count + 1);
                _bySeverity[(int)rule.Severity]++;
                violations++;
                critical += rule.Severity == Severity.Critical ? 1 : 0;
                major += rule.Severity == Severity.Major ? 1 : 0;
                minor += rule.Severity == Severity.Minor ? 1 : 0;
            }
        }

        if (violations == 0 && undecided == 0)
        {
            return;
        }

        // An employer below the last one kept can never be listed: its facts are not worth collecting.
        var rank = new EmployerRank(critical, major, violations, undecided, report.EnterpriseId, _employersListed++);
        if (_last is { } last && rank.CompareTo(last) > 0)
        {
            return;
        }

        _employers.Add(new BatchEmployer(
            source, report.EnterpriseName, rank, minor, inputProblems, page,
            [.. report.Results.Where(r => r.Outcome == Outcome.Indeterminate)]));

        // Only the worst MaxRows are shown: trimming now and then keeps memory bounded on any batch size.
        if (_employers.Count >= 2 * MaxRows)
        {
            Trim();
        }
    }

    /// <summary>Lists one problem found in the input (the first <see cref="MaxRows"/> are shown, the rest counted).</summary>
    /// <param name="file">Where the problem is: a file, a sheet and row.</param>
    /// <param name="problem">What is wrong, as the reader of the input said it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> or <paramref name="problem"/> is null.</exception>
    public void Reject(string file, string problem)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(problem);
        _rejectedCount++;
        if (_rejected.Count < MaxRows)
        {
            _rejected.Add((file, problem));
        }
    }

    /// <summary>Writes the page of the employers and problems added so far; more may be added and the page written again.</summary>
    /// <param name="output">Where to write, best with a UTF-8 encoding (the page says it is UTF-8); it is neither flushed nor closed.</param>
    /// <param name="summary">The batch's totals, as the caller counted them.</param>
    /// <param name="asOf">The date the batch was checked as of.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="summary"/> is null.</exception>
    public void Write(TextWriter output, BatchTotals summary, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        output.Write(Render(summary, asOf));
    }

    private string Render(BatchTotals summary, LocalDate asOf)
    {
        Trim();
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>批量合规检查 Batch compliance report</title><style>{HtmlReport.Style}</style></head><body>\n");
        html.Append("<h1 id=\"title\">批量合规检查报告 · Batch compliance report</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">检查日期 as of {LocalDatePattern.Iso.Format(asOf)}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"totals\"><tr><th>{(summary.FromFiles ? "文件 files" : "企业 employers")}</th><th>已检查 checked</th><th>有违规 with violations</th><th>违规 violations</th><th>退回 rejected</th><th>输入问题 input problems</th><th>未检查 not checked</th></tr><tr><td>{summary.Total}</td><td>{summary.Checked}</td><td>{summary.EmployersInBreach}</td><td>{summary.Violations}</td><td>{summary.Rejected}</td><td>{summary.Problems}</td><td>{summary.NotChecked}</td></tr></table>\n");
        if (summary.NotChecked > 0)
        {
            // Said at the top: totals and charts of an interrupted run cover only the employers checked before it.
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" id=\"not-checked\">检查被中断：{summary.NotChecked} 项未检查，见 not-checked.csv · Interrupted: {summary.NotChecked} {(summary.FromFiles ? "files" : "employers")} not checked, listed in not-checked.csv</p>\n");
        }

        html.Append(Html.Chart("按严重程度 By severity", [.. new[] { Severity.Critical, Severity.Major, Severity.Minor }.Select(s => (ReportWords.Severity(s, _language), _bySeverity[(int)s], s))]));
        html.Append(Html.Chart("按规则 By rule", [.. _byRule.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key, System.StringComparer.Ordinal).Select(r => (r.Value.Title, r.Value.Count, r.Value.Severity))]));
        html.Append(SeverityColour.Legend(_language));
        html.Append("<h2>需跟进的企业 Employers to follow up (worst first)</h2>\n<table id=\"employers\"><tr><th>来源 source</th><th>编号 id</th><th>名称 name</th>");
        html.Append(CultureInfo.InvariantCulture, $"<th class=\"num\">{ReportWords.Severity(Severity.Critical, _language)}</th><th class=\"num\">{ReportWords.Severity(Severity.Major, _language)}</th><th class=\"num\">{ReportWords.Severity(Severity.Minor, _language)}</th>");
        html.Append("<th class=\"num\">违规 violations</th><th class=\"num\">未能判定 undecided</th><th class=\"num\">输入问题 input problems</th></tr>\n");
        foreach (var employer in _employers)
        {
            var id = employer.Rank.Id;
            var idCell = employer.Page is null ? Html.E(id) : $"<a href=\"{Html.E(employer.Page)}\">{Html.E(id)}</a>";
            var undecided = employer.Rank.Undecided == 0 ? "0" : $"<a href=\"#undecided-{Html.E(id)}\">{employer.Rank.Undecided}</a>";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(employer.Source)}</td><td>{idCell}</td><td>{Html.E(employer.Name ?? string.Empty)}</td><td class=\"num\">{employer.Rank.Critical}</td><td class=\"num\">{employer.Rank.Major}</td><td class=\"num\">{employer.Minor}</td><td class=\"num\">{employer.Rank.Violations}</td><td class=\"num\">{undecided}</td><td class=\"num\">{employer.Problems}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (_employersListed > _employers.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>… {_employersListed - _employers.Count} more in summary.csv and violations.csv</p>\n");
        }

        html.Append("<h2 id=\"undecided\">未能判定的规则及需补充的事实 Rules not decided, and the facts to collect</h2>\n");
        foreach (var employer in _employers.Where(e => e.Undecided.Count > 0))
        {
            html.Append(CultureInfo.InvariantCulture, $"<section class=\"undecided\" id=\"undecided-{Html.E(employer.Rank.Id)}\"><h3>{Html.E(employer.Rank.Id)} {Html.E(employer.Name ?? string.Empty)}</h3><table><tr><th>需补充 facts to collect</th><th>以判定 to decide</th></tr>");
            foreach (var (fact, rules) in Facts(employer.Undecided))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(fact)}</td><td><code>{Html.E(rules)}</code></td></tr>");
            }

            html.Append("</table></section>\n");
        }

        html.Append("<h2>输入问题 Problems in the input</h2>\n<table id=\"rejected\"><tr><th>where</th><th>problem</th></tr>\n");
        foreach (var (file, problem) in _rejected)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(file)}</td><td>{Html.E(problem)}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (_rejectedCount > _rejected.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>… {_rejectedCount - _rejected.Count} more in rejected.csv</p>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The facts to collect, each with the rules that wait for it: one line per fact rather than per rule keeps the
    /// section short (a batch of 300 employers with 40 undecided rules each), and a fact is what an auditor asks for.
    /// A fact of many records (workers[W0001].contractSigned, workers[W0002]…) is one line with the number of records.
    /// </summary>
    private static IEnumerable<(string Fact, string Rules)> Facts(IReadOnlyList<RuleResult> undecided) =>
        undecided.SelectMany(r => r.MissingFacts.DefaultIfEmpty("?").Select(f => (Fact: f, Kind: Index().Replace(f, "[]"), r.Rule.Id)))
            .GroupBy(p => p.Kind, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => (
                g.Key + (g.Key.Contains("[]", System.StringComparison.Ordinal) ? string.Create(CultureInfo.InvariantCulture, $" ×{g.Select(p => p.Fact).Distinct(System.StringComparer.Ordinal).Count()}") : string.Empty),
                string.Join(" ", g.Select(p => p.Id).Distinct(System.StringComparer.Ordinal).Order(System.StringComparer.Ordinal))));

    [GeneratedRegex("\\[[^\\]]*\\]")]
    private static partial Regex Index();

    private void Trim()
    {
        _employers.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        if (_employers.Count >= MaxRows)
        {
            _employers.RemoveRange(MaxRows, _employers.Count - MaxRows);
            _last = _employers[^1].Rank;
        }
    }
}
