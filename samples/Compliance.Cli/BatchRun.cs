using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Compliance.Catalogue;
using Compliance.Checking;
using Compliance.Import;
using Compliance.Reporting;
using Compliance.Text;
using NodaTime;

namespace Compliance.Cli;

/// <summary>
/// Checks a folder of snapshots in chunks: each chunk in parallel, written in file order, so that memory stays
/// bounded and the output is the same bytes whatever the thread count. Ctrl-C stops after the chunk under way.
/// </summary>
internal sealed class BatchRun
{
    private const int ChunkSize = 256;
    private static readonly UTF8Encoding s_utf8Bom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ComplianceChecker _checker;
    private readonly LocalDate _asOf;
    private readonly int _parallel;
    private readonly TextWriter _progress;
    private readonly Severity _failOn;

    public BatchRun(RuleCatalogue catalogue, LocalDate asOf, int parallel, Severity failOn, TextWriter progress)
    {
        _failOn = failOn;
        _checker = ComplianceChecker.Create(catalogue);
        _asOf = asOf;
        _parallel = parallel;
        _progress = progress;
    }

    /// <summary>Whether progress goes to a terminal, as a bar redrawn in place, rather than as plain lines.</summary>
    public bool OnTerminal { get; init; }

    /// <summary>Which employers get a page of their own under employers/.</summary>
    public EmployerPageChoice Pages { get; init; } = EmployerPageChoice.Violations;

    /// <summary>The language of the employers' pages; report.html speaks both.</summary>
    public Language PageLanguage { get; init; } = Language.En;

    public BatchSummary Run(BatchSource input, DirectoryInfo output, CancellationToken cancellation)
    {
        output.Create();
        using var reports = new StreamWriter(Path.Combine(output.FullName, "reports.jsonl"), append: false, s_utf8);
        using var summary = new StreamWriter(Path.Combine(output.FullName, "summary.csv"), append: false, s_utf8Bom);
        using var violations = new StreamWriter(Path.Combine(output.FullName, "violations.csv"), append: false, s_utf8Bom);
        using var rejected = new StreamWriter(Path.Combine(output.FullName, "rejected.csv"), append: false, s_utf8Bom);
        summary.Write(Csv.Row(["source", "employer", "name", "region", "industry", "violated", "compliant", "not applicable", "indeterminate", "error", "critical", "major", "minor"]));
        violations.Write(Csv.Row(["employer", "name", "rule", "severity", "document", "clause", "quote", "figures", "evidence", "remedy"]));
        rejected.Write(Csv.Row(["source", "sheet", "row", "column", "header or path", "employer", "consequence", "problem"]));

        var page = new BatchHtml();
        foreach (var problem in input.Problems)
        {
            rejected.Write(Csv.Row(ProblemRow(problem)));
            page.Reject(problem.Position, problem.Message);
        }

        var employerPages = new EmployerPages(output.FullName, Pages, PageLanguage);
        var progress = new BatchProgress(input.Total, _progress, OnTerminal);
        int checkedCount = 0, rejectedCount = 0, violationCount = 0, inBreach = 0, failing = 0, done = 0;
        foreach (var chunk in input.Entries.Chunk(ChunkSize))
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            var results = new (BatchEntry Entry, CheckReport? Report)[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = _parallel }, i =>
            {
                var entry = chunk[i]();
                results[i] = (entry, entry.Snapshot is { } snapshot ? _checker.Check(snapshot, _asOf) : null);
            });

            foreach (var (entry, checkedReport) in results)
            {
                foreach (var problem in entry.Problems)
                {
                    rejected.Write(Csv.Row(ProblemRow(problem)));
                    page.Reject(problem.Position, problem.Message);
                }

                if (checkedReport is not { } report)
                {
                    rejectedCount++;
                    continue;
                }

                checkedCount++;
                var broken = report.Violations.ToArray();
                violationCount += broken.Length;
                inBreach += broken.Length > 0 ? 1 : 0;
                failing += FailOn.Fails(report, _failOn) ? 1 : 0;
                reports.Write(ReportJson.ToJson(report, indented: false));
                reports.Write('\n');
                summary.Write(Csv.Row(SummaryRow(entry.Source, report, broken)));
                page.Add(entry.Source, report.EnterpriseId, report.EnterpriseName, broken, employerPages.Write(report, broken.Length > 0));
                foreach (var result in broken)
                {
                    violations.Write(Csv.Row(ViolationRow(report, result)));
                }
            }

            done += chunk.Length;
            progress.Report(done);
        }

        progress.Finish();

        reports.Flush();
        summary.Flush();
        violations.Flush();
        rejected.Flush();
        summary.Close();
        violations.Close();
        rejected.Close();
        if (Workbook.Write(output.FullName) is { } why)
        {
            _progress.WriteLine(why);
        }

        var notChecked = input.Total - done;
        if (notChecked > 0)
        {
            _progress.WriteLine($"stopped: {notChecked} {input.Unit} not checked; what was checked is written");
        }

        var outcome = new BatchSummary(input.Total, input.Unit, checkedCount, rejectedCount, notChecked, violationCount, inBreach, failing, input.Problems.Count, output.FullName);
        File.WriteAllText(Path.Combine(output.FullName, "report.html"), page.Render(outcome, _asOf), s_utf8);
        return outcome;
    }

    private static string?[] ProblemRow(ImportProblem problem) =>
    [
        problem.Source, problem.Sheet, problem.Row > 0 ? Number(problem.Row) : null, problem.Column, problem.Header, problem.EmployerId,
        Words.Consequence(problem.Consequence), problem.Message,
    ];

    private static string?[] SummaryRow(string file, CheckReport report, RuleResult[] broken) =>
    [
        file, report.EnterpriseId, report.EnterpriseName, report.Region?.ToString(), report.Industry?.ToString(),
        Number(report.Count(Outcome.Violated)), Number(report.Count(Outcome.Compliant)), Number(report.Count(Outcome.NotApplicable)),
        Number(report.Count(Outcome.Indeterminate)), Number(report.Count(Outcome.Error)),
        Number(broken.Count(r => r.Rule.Severity == Severity.Critical)), Number(broken.Count(r => r.Rule.Severity == Severity.Major)),
        Number(broken.Count(r => r.Rule.Severity == Severity.Minor)),
    ];

    private static string?[] ViolationRow(CheckReport report, RuleResult result) =>
    [
        report.EnterpriseId, report.EnterpriseName, result.Rule.Id, Words.Severity(result.Rule.Severity, Language.En),
        result.Rule.Citation.Document, result.Rule.Citation.Clause, result.Rule.Citation.Quote,
        result.Message?.Zh + " / " + result.Message?.En,
        string.Join(" ", result.Evidence.Select(e => $"{e.Kind}:{e.Id}")),
        result.Remedy is { } remedy ? remedy.Zh + " / " + remedy.En : null,
    ];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
