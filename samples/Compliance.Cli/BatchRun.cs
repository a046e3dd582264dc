using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;
using NodaTime;

namespace Compliance.Cli;

/// <summary>
/// Checks a batch through a <see cref="BatchPipeline"/>: read in input order, checked and formatted on the checking
/// threads, written in input order, so that memory stays bounded and the output is the same bytes whatever the
/// thread count. The outputs go into a <see cref="RunFolder"/>, whole or not at
/// all. An interrupt stops the checking between one employer and the next: the employers checked are always the
/// first ones of the input, those not checked are listed in not-checked.csv, and everything else is written as usual.
/// </summary>
internal sealed class BatchRun
{
    /// <summary>How often progress is told, in employers written: the first line comes after as many as a chunk of the earlier, chunked batch.</summary>
    private const int ProgressEvery = 256;
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding s_utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The sheets of report.xlsx, each from its CSV table; not-checked joins them when a run was interrupted.</summary>
    private static readonly string[] s_sheets = ["summary", "violations", "rejected"];

    private readonly RuleCatalogue _catalogue;
    private readonly ComplianceChecker _checker;
    private readonly LocalDate _asOf;
    private readonly int _parallel;
    private readonly TextWriter _progress;
    private readonly Severity _failOn;

    public BatchRun(RuleCatalogue catalogue, LocalDate asOf, int parallel, Severity failOn, TextWriter progress)
    {
        _catalogue = catalogue;
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

    /// <summary>The formats asked for with <c>--format</c>, beyond the outputs every run writes: json, sarif, junit.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>The auditor's waivers, when given: waived violations do not count toward the exit code; waived.csv lists them.</summary>
    public WaiverSet? Waivers { get; init; }

    /// <summary>What each employer's line of reports.jsonl holds: a summary record (the default) or the full report.</summary>
    public BatchDetail Detail { get; init; } = BatchDetail.Summary;

    /// <summary>Whether to tell, at the end, how long each stage of the pipeline was busy.</summary>
    public bool Stats { get; init; }

    /// <summary>The rules reported; every rule of the catalogue when null.</summary>
    public RuleSelection? Selection { get; init; }

    /// <summary>Runs the batch into <paramref name="output"/>; null, with the reason on the progress writer, when the folder cannot be written.</summary>
    public BatchSummary? Run(BatchSource input, DirectoryInfo output, CancellationToken cancellation)
    {
        var manifest = RunManifest.For(_asOf, input, _catalogue, Options());
        if (RunFolder.Begin(output.ToString(), manifest.Incomplete(), _progress) is not { } folder)
        {
            return null;
        }

        using var tables = new BatchTables(folder, Waivers is not null);
        var rules = _catalogue.Rules.Where(r => Selection?.Selects(r) ?? true).ToArray();
        var records = new BatchRecordWriter(rules, PageLanguage, input.Carries);
        using var sarifFile = Formats.Contains("sarif") ? new AtomicWriter(folder.PathOf(SarifReport.FileName), s_utf8) : null;
        using var sarif = sarifFile is null ? null : new SarifReport(sarifFile.Stream, rules, PageLanguage);
        using var junitFile = Formats.Contains("junit") ? new AtomicWriter(folder.PathOf(JUnitReport.FileName), s_utf8) : null;
        using var junit = junitFile is null ? null : new JUnitReport(junitFile.Stream, PageLanguage);
        var passRates = new PassRates(rules);
        var page = new BatchHtmlReport(PageLanguage);
        foreach (var problem in input.Problems)
        {
            tables.Reject(problem);
            page.Reject(problem.Position, problem.Message);
        }

        var employerPages = new EmployerPages(folder.FullPath, Pages, PageLanguage);
        var progress = new BatchProgress(input.Total, _progress, OnTerminal);
        int checkedCount = 0, rejectedCount = 0, violationCount = 0, inBreach = 0, failing = 0, done = 0;
        var stats = new BatchStats(Stats);
        new BatchPipeline(item => CheckOne(item, records, passRates, stats), _parallel, stats).Run(
            input.Items,
            employer =>
            {
                var entry = employer.Entry;
                foreach (var problem in entry.Problems)
                {
                    tables.Reject(problem);
                    page.Reject(problem.Position, problem.Message);
                }

                if (employer.Report is { } report)
                {
                    sarif?.Add(entry.Source, report);
                    junit?.Add(entry.Source, report);

                    checkedCount++;
                    var broken = report.Violations.ToArray();
                    violationCount += broken.Length;
                    inBreach += broken.Length > 0 ? 1 : 0;
                    if (employer.Filing is { } filing)
                    {
                        WaiverFile.WriteExpired(filing, _progress);
                    }

                    failing += FailOn.Fails(employer.Filing?.OpenViolations ?? report.Violations, _failOn) ? 1 : 0;
                    tables.Checked(report, employer.Record!.Written, employer.Rows!, employer.Waived);
                    page.Add(entry.Source, report, entry.Problems.Count, employerPages.Write(report, broken.Length > 0));
                }
                else
                {
                    rejectedCount++;
                }

                if (++done % ProgressEvery == 0)
                {
                    progress.Report(done);
                }
            },
            tables.Skipped,
            cancellation);

        if (done % ProgressEvery != 0)
        {
            progress.Report(done);
        }

        progress.Finish();
        var finishing = stats.Start();
        tables.Commit();
        BatchSummary outcome;
        try
        {
            // The tables are final: hashed for the manifest while the rest is written.
            folder.HashWritten();
            AtomicFile.Write(folder.PathOf(RunFolder.Catalogue), temp =>
            {
                using var file = new FileStream(temp, FileMode.Create, FileAccess.Write);
                records.WriteCatalogue(_catalogue.ContentHash, file);
                return true;
            });

            // Each log is closed before its file is renamed into place: the writer's last flush needs the file open.
            sarif?.Finish();
            sarif?.Dispose();
            sarifFile?.Commit();
            junit?.Finish();
            junit?.Dispose();
            junitFile?.Commit();
            AtomicFile.WriteText(folder.PathOf(RunFolder.PassRates), passRates.Write, s_utf8Bom);
            string[] sheets = tables.NotChecked > 0 ? [.. s_sheets, "not-checked"] : s_sheets;
            finishing = stats.Add(BatchStage.Finish, finishing);
            AtomicFile.Write(folder.PathOf(RunFolder.Workbook), temp =>
            {
                using var file = new FileStream(temp, FileMode.Create, FileAccess.Write);

                // Always written (its result is always null): a table longer than a sheet goes on over further sheets.
                BatchWorkbook.Write(file, folder.FullPath, sheets, PageLanguage);
                return true;
            });
            finishing = stats.Add(BatchStage.Workbook, finishing);
            if (tables.NotChecked > 0)
            {
                _progress.WriteLine($"stopped: {tables.NotChecked} {input.Unit} not checked, listed in {RunFolder.NotChecked}; what was checked is written");
            }

            outcome = new BatchSummary(
                input.Total, input.Unit, checkedCount, rejectedCount, tables.NotChecked, violationCount, inBreach, failing,
                tables.Problems, tables.ProblemsByKind, input.Problems.Count, employerPages.Written, tables.Outcomes, cancellation.IsCancellationRequested, folder.FullPath);
            AtomicFile.WriteText(folder.PathOf(RunFolder.Html), writer => page.Write(writer, outcome.Totals(), _asOf), s_utf8);
            finishing = stats.Add(BatchStage.Finish, finishing);
        }
        catch
        {
            // Nothing is left reading the folder once the run has failed.
            folder.WaitForHashes();
            throw;
        }

        // An interrupt that arrives while the last files are written changes nothing in them, but is recorded.
        outcome = outcome with { Interrupted = cancellation.IsCancellationRequested };
        folder.Finish(manifest.Complete(outcome, folder.Written()));
        stats.Add(BatchStage.Manifest, finishing);
        if (Stats)
        {
            stats.WriteTo(_progress, _parallel);
        }

        return outcome;
    }

    /// <summary>
    /// The checking stage of one employer, on any of the batch's threads: read, check, keep the selected rules, count it
    /// in the pass rates, and write its line of reports.jsonl and its rows of the CSV tables, so that the writing only
    /// copies bytes and text.
    /// </summary>
    /// <remarks>
    /// The pass rates are sums, the same whatever order the employers are added in, and every employer checked is
    /// written (the pipeline stops taking, never drops), so they are counted here, off the writing, whose work cannot
    /// be spread: on the one writing thread of an earlier pipeline, reading each employer's 142 results was 28% of its
    /// samples on the province.
    /// </remarks>
    private CheckedEmployer CheckOne(BatchItem item, BatchRecordWriter records, PassRates passRates, BatchStats stats)
    {
        var start = stats.Start();
        var entry = item.Read();
        start = stats.Add(BatchStage.Read, start);
        if (entry.Snapshot is not { } snapshot)
        {
            return new CheckedEmployer(entry, null, null, null);
        }

        var all = _checker.Check(snapshot, _asOf);
        var report = Selection?.Apply(all) ?? all;
        start = stats.Add(BatchStage.Check, start);
        lock (passRates)
        {
            passRates.Add(report);
        }

        var filing = Waivers?.Apply(report);
        var record = new PooledBuffer();
        BatchRecords.Write(report, filing, Detail, records, record);
        var rows = BatchCsvTables.Format(entry.Source, report, entry.Problems.Count);
        var waived = filing is null ? string.Empty : BatchTables.WaivedRows(entry.Source, filing);
        stats.Add(BatchStage.Serialise, start);
        return new CheckedEmployer(entry, report, filing, record) { Rows = rows, Waived = waived };
    }

    /// <summary>The options of the run; the formats and the selection only when given, so a run without them records what it always did.</summary>
    private (string Name, string Value)[] Options() =>
    [
        ("failOn", _failOn.ToString().ToLowerInvariant()),
        ("employerPages", Pages.ToString().ToLowerInvariant()),
        ("lang", PageLanguage.ToString().ToLowerInvariant()),
        ("detail", Detail.ToString().ToLowerInvariant()),
        .. Formats.Count > 0 ? [("formats", string.Join(",", Formats))] : Array.Empty<(string, string)>(),
        .. Selection?.Given ?? [],
    ];
}
