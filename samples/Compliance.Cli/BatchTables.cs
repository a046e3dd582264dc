using System;
using System.Globalization;
using System.Text;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Spreadsheets;
using ChinaLabour.Compliance.Waivers;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary>
/// The line-by-line outputs of a batch — reports.jsonl and the four CSV tables — written under temporary names while
/// the batch runs and renamed into place together by <see cref="Commit"/>; disposed before that, they are removed.
/// summary.csv and violations.csv are the Reports package's (<see cref="BatchCsvTables"/>); rejected.csv and
/// not-checked.csv are this tool's, as it reads its input.
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
    private readonly AtomicWriter? _waived;
    private readonly BatchCsvTables _tables;

    /// <param name="folder">The run's folder.</param>
    /// <param name="waivers">Whether waivers were given: only then is waived.csv written.</param>
    public BatchTables(RunFolder folder, bool waivers = false)
    {
        _reports = new AtomicWriter(folder.PathOf(RunFolder.Reports), s_utf8);
        _summary = new AtomicWriter(folder.PathOf(RunFolder.Summary), s_utf8Bom);
        _violations = new AtomicWriter(folder.PathOf(RunFolder.Violations), s_utf8Bom);
        _rejected = new AtomicWriter(folder.PathOf(RunFolder.Rejected), s_utf8Bom);
        _notChecked = new AtomicWriter(folder.PathOf(RunFolder.NotChecked), s_utf8Bom);
        _tables = new BatchCsvTables(_summary.Writer, _violations.Writer);
        Row(_rejected, ["source", "sheet", "row", "column", "header or path", "employer", "consequence", "problem"]);
        Row(_notChecked, ["source", "employer"]);
        if (waivers)
        {
            _waived = new AtomicWriter(folder.PathOf(RunFolder.Waived), s_utf8Bom);
            Row(_waived, ["source", "employer", "rule", "severity", "status", "waiver", "reason", "approver", "granted", "expires"]);
        }
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
            Consequences.Of(problem.Consequence), problem.Message,
        ]);
    }

    /// <summary>
    /// Counts and writes one employer checked; <paramref name="record"/> is its line of reports.jsonl, line feed
    /// included, as UTF-8, and <paramref name="rows"/> and <paramref name="waived"/> its rows of the tables, formatted
    /// as the employer is checked (<see cref="BatchCsvTables.Format"/>, <see cref="WaivedRows"/>).
    /// </summary>
    public void Checked(CheckReport report, ReadOnlySpan<byte> record, BatchCsvRows rows, string waived)
    {
        foreach (var result in report.Results)
        {
            Outcomes[(int)result.Outcome]++;
        }

        // Bytes serialised as the employer was checked: reports.jsonl is written through its stream alone.
        _reports.Stream.Write(record);
        _tables.Add(rows);
        _waived?.Writer.Write(waived);
    }

    /// <summary>
    /// An employer's rows of waived.csv: one per violation waived, and one per violation an expired waiver no longer
    /// waives — the auditor's follow-up list. Touches no table: called as the employer is checked, on any thread.
    /// </summary>
    public static string WaivedRows(string source, WaiverFiling filing)
    {
        var rows = new StringBuilder();
        foreach (var waived in filing.Waived)
        {
            rows.Append(WaiverRow(source, waived.Result, "waived", waived.Waiver));
        }

        foreach (var expired in filing.Expired)
        {
            foreach (var result in expired.Unwaived)
            {
                rows.Append(WaiverRow(source, result, "expired", expired.Waiver));
            }
        }

        return rows.ToString();
    }

    private static string WaiverRow(string source, RuleResult result, string status, Waiver waiver) =>
        Csv.Row(
        [
            source, waiver.EmployerId, result.Rule.Id, result.Rule.Severity.ToString().ToLowerInvariant(), status, waiver.Id, waiver.Reason, waiver.Approver,
            LocalDatePattern.Iso.Format(waiver.Granted), LocalDatePattern.Iso.Format(waiver.Expires),
        ]);

    public void Skipped(BatchItem item)
    {
        NotChecked++;
        Row(_notChecked, [item.Source, item.EmployerId]);
    }

    /// <summary>Renames every table into place, each whole.</summary>
    public void Commit()
    {
        _tables.Complete();
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

    private AtomicWriter[] Writers() => _waived is null
        ? [_reports, _summary, _violations, _rejected, _notChecked]
        : [_reports, _summary, _violations, _rejected, _notChecked, _waived];
}
