using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Compliance.Catalogue;
using Compliance.Text;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary>
/// report.html of a batch: one self-contained, printable page with the totals, charts of violations by rule and by
/// severity, the employers with violations (each linked to its own page when the batch wrote one) and the problems
/// found in the input. Long lists stop at <see cref="MaxRows"/> rows and point to the CSV files, which hold everything.
/// </summary>
internal sealed class BatchHtml
{
    public const int MaxRows = 1000;

    private readonly Dictionary<string, int> _byRule = new(System.StringComparer.Ordinal);
    private readonly int[] _bySeverity = new int[3];
    private readonly List<(string File, string Id, string? Name, int Violations, Severity Worst, string? Page)> _employers = [];
    private readonly List<(string File, string Problem)> _rejected = [];
    private int _employersInBreach;
    private int _rejectedCount;

    public void Add(string file, string id, string? name, IReadOnlyList<Checking.RuleResult> violations, string? page)
    {
        if (violations.Count == 0)
        {
            return;
        }

        _employersInBreach++;
        foreach (var violation in violations)
        {
            _byRule[violation.Rule.Id] = _byRule.GetValueOrDefault(violation.Rule.Id) + 1;
            _bySeverity[(int)violation.Rule.Severity]++;
        }

        if (_employers.Count < MaxRows)
        {
            _employers.Add((file, id, name, violations.Count, violations.Max(v => v.Rule.Severity), page));
        }
    }

    public void Reject(string file, string problem)
    {
        _rejectedCount++;
        if (_rejected.Count < MaxRows)
        {
            _rejected.Add((file, problem));
        }
    }

    public string Render(BatchSummary summary, LocalDate asOf)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>批量合规检查 Batch compliance report</title><style>{HtmlReport.Style}</style></head><body>\n");
        html.Append("<h1 id=\"title\">批量合规检查报告 · Batch compliance report</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">检查日期 as of {LocalDatePattern.Iso.Format(asOf)}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"totals\"><tr><th>{(summary.Unit == "files" ? "文件 files" : "企业 employers")}</th><th>已检查 checked</th><th>有违规 with violations</th><th>违规 violations</th><th>退回 rejected</th><th>未检查 not checked</th></tr><tr><td>{summary.Total}</td><td>{summary.Checked}</td><td>{summary.EmployersInBreach}</td><td>{summary.Violations}</td><td>{summary.Rejected}</td><td>{summary.NotChecked}</td></tr></table>\n");
        if (summary.NotChecked > 0)
        {
            // Said at the top: totals and charts of an interrupted run cover only the employers checked before it.
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" id=\"not-checked\">检查被中断：{summary.NotChecked} 项未检查，见 not-checked.csv · Interrupted: {summary.NotChecked} {summary.Unit} not checked, listed in not-checked.csv</p>\n");
        }

        html.Append(Html.Chart("按严重程度 By severity", [.. new[] { Severity.Critical, Severity.Major, Severity.Minor }.Select(s => (Words.Severity(s, Language.En), _bySeverity[(int)s]))]));
        html.Append(Html.Chart("按规则 By rule", [.. _byRule.OrderByDescending(r => r.Value).ThenBy(r => r.Key, System.StringComparer.Ordinal).Select(r => (r.Key, r.Value))]));
        html.Append("<h2>有违规的企业 Employers with violations</h2>\n<table id=\"employers\"><tr><th>source</th><th>id</th><th>name</th><th>violations</th><th>worst</th></tr>\n");
        foreach (var (file, id, name, count, worst, page) in _employers)
        {
            var idCell = page is null ? Html.E(id) : $"<a href=\"{Html.E(page)}\">{Html.E(id)}</a>";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(file)}</td><td>{idCell}</td><td>{Html.E(name ?? string.Empty)}</td><td>{count}</td><td>{Words.Severity(worst, Language.En)}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (_employersInBreach > _employers.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>… {_employersInBreach - _employers.Count} more in summary.csv and violations.csv</p>\n");
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
}
