using System.Collections.Generic;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// One employer read from a spreadsheet batch: its snapshot ready to check, or no snapshot when its identity is broken;
/// either way with every problem found in its rows.
/// </summary>
/// <param name="EmployerId">The employer's id, or <see langword="null"/> when its row gives none.</param>
/// <param name="Source">The file holding the employer's row (CSV) or the workbook.</param>
/// <param name="Sheet">The employers sheet, for a workbook.</param>
/// <param name="Row">The employer's row.</param>
/// <param name="Snapshot">The snapshot; <see langword="null"/> when the employer was rejected.</param>
/// <param name="Problems">The problems in the employer's rows, in the order of the tables and rows.</param>
public sealed record ImportedEmployer(
    string? EmployerId,
    string Source,
    string? Sheet,
    int Row,
    EmployerSnapshot? Snapshot,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Whether the employer was rejected, so not checked.</summary>
    public bool Rejected => Snapshot is null;

    /// <summary>The employer's row as a person finds it: <c>employers.csv:3</c> or <c>batch.xlsx [employers] row 3</c>.</summary>
    public string Position => ImportProblem.Describe(Source, Sheet, Row, null, null);
}
