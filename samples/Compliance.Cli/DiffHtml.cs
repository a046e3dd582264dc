using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;

namespace Compliance.Cli;

/// <summary>
/// <c>diff --format html</c>: a page an auditor hands to a manager. The counts first, then the findings that changed,
/// by kind (new, changed in figures, no longer decidable, resolved), each a table by employer; persisting findings
/// are counted, not listed; then the duties, the employers added and removed, and the rules that changed.
/// </summary>
internal static class DiffHtml
{
    private const string Style =
        "body{font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Microsoft YaHei\",sans-serif;margin:2rem;color:#1b1b1b;max-width:64rem}"
        + "h1{font-size:1.5rem} h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc} .meta{color:#555}"
        + "table{border-collapse:collapse;width:100%} td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}"
        + "td.num{text-align:right} tr{break-inside:avoid} @page{size:A4;margin:15mm 12mm}";

    private static readonly (FindingChangeKind Kind, string Title)[] s_sections =
    [
        (FindingChangeKind.New, "New findings"),
        (FindingChangeKind.Changed, "Findings changed in figures"),
        (FindingChangeKind.NoLongerDecidable, "No longer decidable (facts missing: not a fix)"),
        (FindingChangeKind.Resolved, "Resolved findings"),
    ];

    public static void Write(DiffResult diff, TextWriter output)
    {
        output.Write($"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>What changed since the last audit</title><style>{Style}</style></head><body>\n");
        output.Write("<h1>What changed since the last audit</h1>\n");
        output.Write($"<p class=\"meta\">old: {E(diff.Old.File)} (as of {E(diff.Old.AsOf)}, {diff.Old.Employers} employer(s), catalogue {E(diff.Old.CatalogueHash)})<br>");
        output.Write($"new: {E(diff.New.File)} (as of {E(diff.New.AsOf)}, {diff.New.Employers} employer(s), catalogue {E(diff.New.CatalogueHash)})</p>\n");
        output.Write($"<p id=\"summary\">{E(diff.HasChanges ? diff.Summary() : "no change: " + diff.Summary())}</p>\n");
        foreach (var (kind, title) in s_sections)
        {
            var changes = diff.Changes.Where(c => c.Kind == kind).ToArray();
            if (changes.Length == 0)
            {
                continue;
            }

            output.Write($"<h2 id=\"{DiffText.Name(kind)}\">{E(title)} ({changes.Length})</h2>\n<table><tr><th>Employer</th><th>Severity</th><th>Duty</th><th>Rule</th><th>Figures</th></tr>\n");
            foreach (var change in changes)
            {
                output.Write($"<tr><td>{E(change.EmployerId)}</td><td>{E(change.Finding.Severity)}</td><td>{E(change.Finding.DutyOrRule)}</td><td><code>{E(change.Finding.RuleId)}</code></td><td>{E(Figures(change))}</td></tr>\n");
            }

            output.Write("</table>\n");
        }

        if (diff.Changes.Count > 0)
        {
            output.Write("<h2 id=\"duties\">By duty</h2>\n<table><tr><th>Duty</th>");
            var kinds = new[] { FindingChangeKind.New, FindingChangeKind.Changed, FindingChangeKind.NoLongerDecidable, FindingChangeKind.Resolved, FindingChangeKind.Persisting };
            output.Write(string.Concat(kinds.Select(k => $"<th>{E(DiffText.Name(k))}</th>")) + "</tr>\n");
            foreach (var (duty, counts) in diff.ByDuty())
            {
                output.Write($"<tr><td>{E(duty)}</td>{string.Concat(kinds.Select(k => $"<td class=\"num\">{counts.GetValueOrDefault(k)}</td>"))}</tr>\n");
            }

            output.Write("</table>\n");
        }

        if (diff.EmployersAdded.Count > 0 || diff.EmployersRemoved.Count > 0)
        {
            output.Write($"<h2 id=\"employers\">Employers</h2>\n<p>added: {E(string.Join(", ", diff.EmployersAdded))}<br>removed: {E(string.Join(", ", diff.EmployersRemoved))}</p>\n");
        }

        if (diff.RulesChanged.Count > 0)
        {
            output.Write("<h2 id=\"rules\">Rules that changed between the catalogues</h2>\n<ul>");
            output.Write(string.Concat(diff.RulesChanged.Select(r => $"<li><code>{E(r.RuleId)}</code>: {E(r.Change)}</li>")));
            output.Write("</ul>\n");
        }

        output.Write("</body></html>\n");
    }

    private static string Figures(FindingChange change) => change.Kind switch
    {
        FindingChangeKind.Changed => $"{change.OldValues} → {change.NewValues}",
        FindingChangeKind.Resolved => $"now {change.Now}; was {change.OldValues}",
        FindingChangeKind.NoLongerDecidable => $"was {change.OldValues}",
        _ => change.NewValues ?? string.Empty,
    };

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
