using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Spreadsheets;
using ChinaLabour.Compliance.Text;

namespace Compliance.Cli;

/// <summary>
/// The line-by-line outputs of a batch — reports.jsonl and the four CSV tables — written under temporary names while
/// the batch runs and renamed into place together by <see cref="Commit"/>; disposed before that, they are removed.
/// summary.csv lists the employers worst first (<see cref="EmployerRank"/>), so its rows wait, one short line per
/// employer, until the commit.
/// </summary>
internal sealed class BatchTables : IDisposable
{
    private static readonly UTF8Encoding s_utf8Bom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly AtomicWriter _reports;
    private readonly AtomicWriter _summary;
    private readonly AtomicWriter _violations;
    private readonly AtomicWriter _rejected;
    private readonly AtomicWriter _notChecked;
    private readonly List<(EmployerRank Rank, string Row)> _summaryRows = [];

    public BatchTables(RunFolder folder)
    {
        _reports = new AtomicWriter(folder.PathOf(RunFolder.Reports), s_utf8);
        _summary = new AtomicWriter(folder.PathOf(RunFolder.Summary), s_utf8Bom);
        _violations = new AtomicWriter(folder.PathOf(RunFolder.Violations), s_utf8Bom);
        _rejected = new AtomicWriter(folder.PathOf(RunFolder.Rejected), s_utf8Bom);
        _notChecked = new AtomicWriter(folder.PathOf(RunFolder.NotChecked), s_utf8Bom);
        Row(_summary, ["source", "employer", "name", "region", "industry", "violated", "compliant", "not applicable", "indeterminate", "error", "critical", "major", "minor", "input problems"]);
        Row(_violations, ["employer", "name", "rule", "severity", "document", "clause", "quote", "figures", "evidence", "remedy"]);
        Row(_rejected, ["source", "sheet", "row", "column", "header or path", "employer", "consequence", "problem"]);
        Row(_notChecked, ["source", "employer"]);
    }

    /// <summary>How many rows rejected.csv holds.</summary>
    public int Problems { get; private set; }

    /// <summary>The rows of rejected.csv counted by consequence, in <see cref="ImportConsequence"/>'s order.</summary>
    public int[] ProblemsByKind { get; } = new int[Enum.GetValues<ImportConsequence>().Length];

    /// <summary>How many rows not-checked.csv holds.</summary>
    public int NotChecked { get; private set; }

    /// <summary>The rule results of the employers checked, counted by outcome, in <see cref="Outcome"/>'s order.</summary>
    public int[] Outcomes { get; } = new int[Enum.GetValues<Outcome>().Length];

    public void Reject(ImportProblem problem)
    {
        Problems++;
        ProblemsByKind[(int)problem.Consequence]++;
        Row(_rejected,
        [
            problem.Source, problem.Sheet, problem.Row > 0 ? Number(problem.Row) : null, problem.Column, problem.Header, problem.EmployerId,
            Words.Consequence(problem.Consequence), problem.Message,
        ]);
    }

    public void Checked(string source, CheckReport report, RuleResult[] broken, int problems)
    {
        foreach (var result in report.Results)
        {
            Outcomes[(int)result.Outcome]++;
        }

        _reports.Writer.Write(ReportJson.ToJson(report, indented: false));
        _reports.Writer.Write('\n');
        var critical = broken.Count(r => r.Rule.Severity == Severity.Critical);
        var major = broken.Count(r => r.Rule.Severity == Severity.Major);
        var rank = new EmployerRank(critical, major, broken.Length, report.Count(Outcome.Indeterminate), report.EnterpriseId, _summaryRows.Count);
        _summaryRows.Add((rank, Csv.Row(
        [
            source, report.EnterpriseId, report.EnterpriseName, report.Region?.ToString(), report.Industry?.ToString(),
            Number(report.Count(Outcome.Violated)), Number(report.Count(Outcome.Compliant)), Number(report.Count(Outcome.NotApplicable)),
            Number(report.Count(Outcome.Indeterminate)), Number(report.Count(Outcome.Error)),
            Number(critical), Number(major), Number(broken.Count(r => r.Rule.Severity == Severity.Minor)), Number(problems),
        ])));
        foreach (var result in broken)
        {
            Row(_violations,
            [
                report.EnterpriseId, report.EnterpriseName, result.Rule.Id, Words.Severity(result.Rule.Severity, Language.En),
                result.Rule.Citation.Document, result.Rule.Citation.Clause, result.Rule.Citation.Quote,
                result.Message?.Zh + " / " + result.Message?.En,
                string.Join(" ", result.Evidence.Select(e => $"{e.Kind}:{e.Id}")),
                result.Remedy is { } remedy ? remedy.Zh + " / " + remedy.En : null,
            ]);
        }
    }

    public void Skipped(BatchItem item)
    {
        NotChecked++;
        Row(_notChecked, [item.Source, item.EmployerId]);
    }

    /// <summary>Renames every table into place, each whole.</summary>
    public void Commit()
    {
        _summaryRows.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        foreach (var (_, row) in _summaryRows)
        {
            _summary.Writer.Write(row);
        }

        foreach (var writer in Writers())
        {
            writer.Commit();
        }
    }

    public void Dispose()
    {
        foreach (var writer in Writers())
        {
            writer.Dispose();
        }
    }

    private static void Row(AtomicWriter writer, string?[] fields) => writer.Writer.Write(Csv.Row(fields));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private AtomicWriter[] Writers() => [_reports, _summary, _violations, _rejected, _notChecked];
}
