using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Compliance.Catalogue;
using Compliance.Checking;
using Compliance.Reporting;
using Compliance.Snapshots;
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

    public BatchSummary Run(DirectoryInfo input, DirectoryInfo output, CancellationToken cancellation)
    {
        var files = input.EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Where(f => f.Extension is ".json" or ".yaml" or ".yml")
            .Select(f => f.FullName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        output.Create();
        using var reports = new StreamWriter(Path.Combine(output.FullName, "reports.jsonl"), append: false, s_utf8);
        using var summary = new StreamWriter(Path.Combine(output.FullName, "summary.csv"), append: false, s_utf8Bom);
        using var violations = new StreamWriter(Path.Combine(output.FullName, "violations.csv"), append: false, s_utf8Bom);
        using var rejected = new StreamWriter(Path.Combine(output.FullName, "rejected.csv"), append: false, s_utf8Bom);
        summary.Write(Csv.Row(["file", "employer", "name", "region", "industry", "violated", "compliant", "not applicable", "indeterminate", "error", "critical", "major", "minor"]));
        violations.Write(Csv.Row(["employer", "name", "rule", "severity", "document", "clause", "quote", "figures", "evidence", "remedy"]));
        rejected.Write(Csv.Row(["file", "line", "column", "path", "problem"]));

        var progress = new BatchProgress(files.Length, _progress);
        var page = new BatchHtml();
        int checkedCount = 0, rejectedCount = 0, violationCount = 0, inBreach = 0, failing = 0, done = 0;
        foreach (var chunk in files.Chunk(ChunkSize))
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            var results = new (CheckReport? Report, Enterprise? Enterprise, SnapshotError? Error)[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = _parallel }, i =>
            {
                var read = SnapshotReader.ReadFile(chunk[i]);
                results[i] = read.Success ? (_checker.Check(read.Snapshot, _asOf), read.Snapshot.Enterprise, null) : (null, null, read.Error);
            });

            for (var i = 0; i < chunk.Length; i++)
            {
                var file = Path.GetRelativePath(input.FullName, chunk[i]);
                if (results[i].Report is not { } report)
                {
                    var error = results[i].Error!;
                    rejected.Write(Csv.Row([file, Number(error.Line), Number(error.Column), error.Path, error.Message]));
                    page.Reject(file, error.ToString());
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
                summary.Write(Csv.Row(SummaryRow(file, report, results[i].Enterprise!, broken)));
                page.Add(file, report.EnterpriseId, report.EnterpriseName, broken);
                foreach (var result in broken)
                {
                    violations.Write(Csv.Row(ViolationRow(report, result)));
                }
            }

            done += chunk.Length;
            progress.Report(done);
        }

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

        var notChecked = files.Length - done;
        if (notChecked > 0)
        {
            _progress.WriteLine($"stopped: {notChecked} file(s) not checked; what was checked is written");
        }

        var outcome = new BatchSummary(files.Length, checkedCount, rejectedCount, notChecked, violationCount, inBreach, failing, output.FullName);
        File.WriteAllText(Path.Combine(output.FullName, "report.html"), page.Render(outcome, _asOf), s_utf8);
        return outcome;
    }

    private static string?[] SummaryRow(string file, CheckReport report, Enterprise enterprise, RuleResult[] broken) =>
    [
        file, report.EnterpriseId, report.EnterpriseName, enterprise.RegionCode, enterprise.IndustryCode,
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
