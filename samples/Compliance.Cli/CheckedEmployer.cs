using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Waivers;

namespace Compliance.Cli;

/// <summary>
/// One employer through the checking stage: as read, its report (the selected rules only; none when rejected), and
/// its line of reports.jsonl already serialised, whose buffer the writer returns to the pool, with its rows of the CSV
/// tables formatted (waived.csv's too, when waivers were given), so that writing only appends them.
/// </summary>
internal sealed record CheckedEmployer(BatchEntry Entry, CheckReport? Report, WaiverFiling? Filing, PooledBuffer? Record)
{
    /// <summary>Its rows of summary.csv and violations.csv; null when rejected.</summary>
    public BatchCsvRows? Rows { get; init; }

    /// <summary>Its rows of waived.csv, each with its CRLF; empty when it has none or no waivers were given.</summary>
    public string Waived { get; init; } = string.Empty;
}
