using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Waivers;

namespace Compliance.Cli;

/// <summary>
/// One employer through the checking stage: as read, its report (the selected rules only; none when rejected), and
/// its line of reports.jsonl already serialised, whose buffer the writer returns to the pool.
/// </summary>
internal sealed record CheckedEmployer(BatchEntry Entry, CheckReport? Report, WaiverFiling? Filing, PooledBuffer? Record);
