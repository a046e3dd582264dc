using System.Collections.Generic;

namespace Compliance.Cli;

/// <summary>
/// An employer as report.html lists it: its rank, how many input problems its rows had, its page if it has one, and
/// each rule it could not decide with the facts an auditor must collect to decide it.
/// </summary>
internal sealed record BatchEmployer(
    string Source, string? Name, EmployerRank Rank, int Minor, int Problems, string? Page, IReadOnlyList<(string Rule, string Title, string Facts)> Undecided);
