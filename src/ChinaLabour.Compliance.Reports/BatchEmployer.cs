using System.Collections.Generic;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// An employer as report.html lists it: its rank, how many input problems its rows had, its page if it has one, and
/// each fact an auditor must collect to decide the rules it could not, with the ids of those rules.
/// </summary>
internal sealed record BatchEmployer(
    string Source, string? Name, EmployerRank Rank, int Minor, int Problems, string? Page, IReadOnlyList<(string Fact, string Rules)> Undecided);
