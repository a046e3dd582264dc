using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Compliance.Import;

/// <summary>
/// The outcome of opening a spreadsheet batch: the batch, ready to stream, or none when it cannot be read as a whole;
/// either way with the problems found in the tables as wholes (headers, unknown tables, rows of no employer, order).
/// </summary>
/// <param name="Batch">The batch; <see langword="null"/> when a problem of kind <see cref="ImportConsequence.BatchRefused"/> was found.</param>
/// <param name="Problems">The problems found while opening, in file and row order.</param>
public sealed record SpreadsheetOpenResult(SpreadsheetBatch? Batch, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Whether the batch can be read.</summary>
    [MemberNotNullWhen(true, nameof(Batch))]
    public bool Success => Batch is not null;
}
