using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;
using NodaTime;

namespace Compliance.Cli;

/// <summary>
/// Checks a batch in chunks: each chunk in parallel, written in input order, so that memory stays bounded and the
/// output is the same bytes whatever the thread count. The outputs go into a <see cref="RunFolder"/>, whole or not at
/// all. An interrupt stops the checking between one employer and the next: the employers checked are always the
/// first ones of the input, those not checked are listed in not-checked.csv, and everything else is written as usual.
/// </summary>
internal sealed class BatchRun
{
    private const int ChunkSize = 256;
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
        using var items = input.Items.GetEnumerator();
        for (var chunk = Next(items); chunk.Count > 0; chunk = Next(items))
        {
            var results = Check(chunk, cancellation);
            foreach (var (entry, checkedReport) in results)
            {
                foreach (var problem in entry.Problems)
                {
                    tables.Reject(problem);
                    page.Reject(problem.Position, problem.Message);
                }

                if (checkedReport is not { } all)
                {
                    rejectedCount++;
                    continue;
                }

                var report = Selection?.Apply(all) ?? all;
                sarif?.Add(entry.Source, report);
                junit?.Add(entry.Source, report);
                passRates.Add(report);

                checkedCount++;
                var broken = report.Violations.ToArray();
                violationCount += broken.Length;
                inBreach += broken.Length > 0 ? 1 : 0;
                var filing = Waivers?.Apply(report);
                if (filing is not null)
                {
                    WaiverFile.WriteExpired(filing, _progress);
                }

                failing += FailOn.Fails(filing?.OpenViolations ?? report.Violations, _failOn) ? 1 : 0;
                tables.Checked(entry.Source, report, entry.Problems.Count, filing);
                page.Add(entry.Source, report, entry.Problems.Count, employerPages.Write(report, broken.Length > 0));
            }

            done += results.Length;
            progress.Report(done);
            if (results.Length < chunk.Count)
            {
                // Interrupted: the rest of this chunk and every employer after it are listed, not read.
                foreach (var item in chunk.Skip(results.Length))
                {
                    tables.Skipped(item);
                }

                while (items.MoveNext())
                {
                    tables.Skipped(items.Current);
                }
            }
        }

        progress.Finish();
        tables.Commit();

        // Each log is closed before its file is renamed into place: the writer's last flush needs the file open.
        sarif?.Finish();
        sarif?.Dispose();
        sarifFile?.Commit();
        junit?.Finish();
        junit?.Dispose();
        junitFile?.Commit();
        AtomicFile.WriteText(folder.PathOf(RunFolder.PassRates), passRates.Write, s_utf8Bom);
        string[] sheets = tables.NotChecked > 0 ? [.. s_sheets, "not-checked"] : s_sheets;
        string? why = null;
        AtomicFile.Write(folder.PathOf(RunFolder.Workbook), temp =>
        {
            using var file = new FileStream(temp, FileMode.Create, FileAccess.Write);
            why = BatchWorkbook.Write(file, folder.FullPath, sheets, PageLanguage);
            return why is null;
        });
        if (why is not null)
        {
            _progress.WriteLine(why);
        }

        if (tables.NotChecked > 0)
        {
            _progress.WriteLine($"stopped: {tables.NotChecked} {input.Unit} not checked, listed in {RunFolder.NotChecked}; what was checked is written");
        }

        var outcome = new BatchSummary(
            input.Total, input.Unit, checkedCount, rejectedCount, tables.NotChecked, violationCount, inBreach, failing,
            tables.Problems, tables.ProblemsByKind, input.Problems.Count, employerPages.Written, tables.Outcomes, cancellation.IsCancellationRequested, folder.FullPath);
        AtomicFile.WriteText(folder.PathOf(RunFolder.Html), writer => page.Write(writer, outcome.Totals(), _asOf), s_utf8);

        // An interrupt that arrives while the last files are written changes nothing in them, but is recorded.
        outcome = outcome with { Interrupted = cancellation.IsCancellationRequested };
        folder.Finish(manifest.Complete(outcome, folder.Written()));
        return outcome;
    }

    private static List<BatchItem> Next(IEnumerator<BatchItem> items)
    {
        var chunk = new List<BatchItem>(ChunkSize);
        while (chunk.Count < ChunkSize && items.MoveNext())
        {
            chunk.Add(items.Current);
        }

        return chunk;
    }

    /// <summary>
    /// Reads and checks the employers of <paramref name="chunk"/> in parallel; returns those done, which are always
    /// the chunk's first ones: workers take employers one at a time in input order, stop taking when interrupted, and
    /// finish the one they took. So an interrupt takes effect within one employer's check, and what was checked is
    /// a prefix of the input, which the outputs can name.
    /// </summary>
    private (BatchEntry Entry, CheckReport? Report)[] Check(List<BatchItem> chunk, CancellationToken cancellation)
    {
        var results = new (BatchEntry Entry, CheckReport? Report)[chunk.Count];
        var taken = -1;
        Parallel.For(0, _parallel, new ParallelOptions { MaxDegreeOfParallelism = _parallel }, _ =>
        {
            int i;
            while (!cancellation.IsCancellationRequested && (i = Interlocked.Increment(ref taken)) < chunk.Count)
            {
                var entry = chunk[i].Read();
                results[i] = (entry, entry.Snapshot is { } snapshot ? _checker.Check(snapshot, _asOf) : null);
            }
        });
        return results[..Math.Min(taken + 1, chunk.Count)];
    }

    /// <summary>The options of the run; the formats and the selection only when given, so a run without them records what it always did.</summary>
    private (string Name, string Value)[] Options() =>
    [
        ("failOn", _failOn.ToString().ToLowerInvariant()),
        ("employerPages", Pages.ToString().ToLowerInvariant()),
        ("lang", PageLanguage.ToString().ToLowerInvariant()),
        .. Formats.Count > 0 ? [("formats", string.Join(",", Formats))] : Array.Empty<(string, string)>(),
        .. Selection?.Given ?? [],
    ];
}
