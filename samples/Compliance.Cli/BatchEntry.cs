using System.Collections.Generic;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;

namespace Compliance.Cli;

/// <summary>One employer of a batch as read: where it came from, its snapshot (none when rejected), and the problems found reading it.</summary>
internal sealed record BatchEntry(string Source, EmployerSnapshot? Snapshot, IReadOnlyList<ImportProblem> Problems);
