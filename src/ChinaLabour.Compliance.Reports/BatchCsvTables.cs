using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Two CSV tables of a batch (<see cref="Csv"/>): summary.csv, one row per employer with its counts by outcome and by
/// severity, worst first; and violations.csv, one row per rule violated, in the order the employers were added, with
/// the clause, its quote, the figures, the records and the remedy in both languages. The violations are written as
/// each employer is added; the summary rows wait, one short line per employer, until <see cref="Complete"/> sorts them.
/// </summary>
/// <threadsafety>Not thread-safe: one batch adds its employers from one thread.</threadsafety>
public sealed class BatchCsvTables
{
    private const int MaxKeptBuilder = 1 << 13;

    private static readonly int s_outcomeCount = Enum.GetValues<Outcome>().Length;

    // The rules' own fields, quote and all, are the same in every row that cites them.
    private static readonly ConditionalWeakTable<Rule, string> s_ruleFields = [];

    [ThreadStatic]
    private static StringBuilder? t_evidence;

    private readonly TextWriter _summary;
    private readonly TextWriter _violations;
    private readonly List<(EmployerRank Rank, string Row)> _summaryRows = [];
    private bool _completed;

    /// <summary>Writes the header of each table.</summary>
    /// <param name="summary">Where summary.csv goes, best UTF-8 with a byte-order mark so that a spreadsheet reads the Chinese; it is neither flushed nor closed.</param>
    /// <param name="violations">Where violations.csv goes, likewise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> or <paramref name="violations"/> is null.</exception>
    public BatchCsvTables(TextWriter summary, TextWriter violations)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(violations);
        _summary = summary;
        _violations = violations;
        _summary.Write(Csv.Row(["source", "employer", "name", "region", "industry", "violated", "compliant", "not applicable", "indeterminate", "error", "critical", "major", "minor", "input problems"]));
        _violations.Write(Csv.Row(["employer", "name", "rule", "severity", "document", "clause", "quote", "figures", "evidence", "remedy"]));
    }

    /// <summary>Adds one employer's report: its summary row, kept for <see cref="Complete"/>, and its violations, written now.</summary>
    /// <param name="source">Where the employer came from (a file, a row of a table), the summary's first column.</param>
    /// <param name="report">The employer's report.</param>
    /// <param name="inputProblems">How many problems reading the employer's records found, the summary's last column.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The tables are complete.</exception>
    public void Add(string source, CheckReport report, int inputProblems = 0)
    {
        Add(Format(source, report, inputProblems));
    }

    /// <summary>Adds one employer's rows, formatted ahead by <see cref="Format"/>: the same as adding its report.</summary>
    /// <param name="rows">The employer's rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The tables are complete.</exception>
    public void Add(BatchCsvRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ThrowIfCompleted();
        _summaryRows.Add((new EmployerRank(rows.Critical, rows.Major, rows.Violations, rows.Undecided, rows.Id, _summaryRows.Count), rows.Summary));
        _violations.Write(rows.ViolationRows);
    }

    /// <summary>
    /// One employer's rows, formatted for a later <see cref="Add(BatchCsvRows)"/>: a batch that checks on several
    /// threads formats there, and its writing thread only appends. Touches no table: safe from any thread.
    /// </summary>
    /// <param name="source">Where the employer came from (a file, a row of a table), the summary's first column.</param>
    /// <param name="report">The employer's report.</param>
    /// <param name="inputProblems">How many problems reading the employer's records found, the summary's last column.</param>
    /// <returns>The employer's summary row and violation rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="report"/> is null.</exception>
    public static BatchCsvRows Format(string source, CheckReport report, int inputProblems = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(report);
        int critical = 0, major = 0, minor = 0;
        Span<int> counts = stackalloc int[s_outcomeCount];
        var violations = new StringBuilder();
        var evidence = t_evidence ??= new StringBuilder();
        foreach (var result in report.Results)
        {
            counts[(int)result.Outcome]++;
            if (result.Outcome != Outcome.Violated)
            {
                continue;
            }

            critical += result.Rule.Severity == Severity.Critical ? 1 : 0;
            major += result.Rule.Severity == Severity.Major ? 1 : 0;
            minor += result.Rule.Severity == Severity.Minor ? 1 : 0;
            Csv.Append(violations, report.EnterpriseId);
            violations.Append(',');
            Csv.Append(violations, report.EnterpriseName);
            violations.Append(',').Append(s_ruleFields.GetValue(result.Rule, RuleFields)).Append(',');
            Csv.Append(violations, result.Message?.Zh, " / ", result.Message?.En);
            violations.Append(',');
            evidence.Clear();
            foreach (var item in result.Evidence)
            {
                (evidence.Length > 0 ? evidence.Append(' ') : evidence).Append(item.Kind).Append(':').Append(item.Id);
            }

            Csv.Append(violations, evidence.ToString());
            violations.Append(',');
            if (result.Remedy is { } remedy)
            {
                Csv.Append(violations, remedy.Zh, " / ", remedy.En);
            }

            violations.Append("\r\n");
        }

        var summary = Csv.Row(
        [
            source, report.EnterpriseId, report.EnterpriseName, report.Region?.ToString(), report.Industry?.ToString(),
            Number(counts[(int)Outcome.Violated]), Number(counts[(int)Outcome.Compliant]), Number(counts[(int)Outcome.NotApplicable]),
            Number(counts[(int)Outcome.Indeterminate]), Number(counts[(int)Outcome.Error]),
            Number(critical), Number(major), Number(minor), Number(inputProblems),
        ]);
        if (evidence.Capacity > MaxKeptBuilder)
        {
            t_evidence = null;
        }

        return new BatchCsvRows(critical, major, counts[(int)Outcome.Violated], counts[(int)Outcome.Indeterminate], report.EnterpriseId, summary, violations.ToString());
    }

    /// <summary>The fields of a violation's row that are the rule's (id, severity, document, clause, quote), written once per rule.</summary>
    private static string RuleFields(Rule rule) => Csv.Row(
    [
        rule.Id, ReportWords.Severity(rule.Severity, Language.En), rule.Citation.Document, rule.Citation.Clause, rule.Citation.Quote,
    ])[..^2];

    /// <summary>Writes the summary's rows, worst employer first; after it, nothing more can be added.</summary>
    /// <exception cref="InvalidOperationException">The tables are already complete.</exception>
    public void Complete()
    {
        ThrowIfCompleted();
        _completed = true;
        _summaryRows.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        foreach (var (_, row) in _summaryRows)
        {
            _summary.Write(row);
        }

        _summaryRows.Clear();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void ThrowIfCompleted()
    {
        if (_completed)
        {
            throw new InvalidOperationException("The batch's tables are complete: add every employer before calling Complete.");
        }
    }
}
