using System.Collections.Generic;
using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// An employer as report.html lists it: its rank, how many input problems its rows had, its page if it has one, and
/// its undecided results, whose facts an auditor must collect; they are grouped by fact only for the employers the
/// page lists, when it is written, for most employers added are trimmed from the list first.
/// </summary>
internal sealed record BatchEmployer(
    string Source, string? Name, EmployerRank Rank, int Minor, int Problems, string? Page, IReadOnlyList<RuleResult> Undecided);
