using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// The outcome of opening a spreadsheet batch: the batch, ready to stream, or none when it cannot be read as a whole;
/// either way with the problems found in the tables as wholes (headers, unknown tables, rows of no employer, order).
/// </summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class SpreadsheetOpenResult
{
    private SpreadsheetOpenResult(SpreadsheetBatch? batch, IReadOnlyList<ImportProblem> problems)
    {
        Batch = batch;
        Problems = problems;
    }

    /// <summary>The batch; <see langword="null"/> when a problem of kind <see cref="ImportConsequence.BatchRefused"/> was found.</summary>
    public SpreadsheetBatch? Batch { get; }

    /// <summary>The problems found while opening, in file and row order.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Whether the batch can be read.</summary>
    [MemberNotNullWhen(true, nameof(Batch))]
    public bool Success => Batch is not null;

    internal static SpreadsheetOpenResult Opened(SpreadsheetBatch batch, IReadOnlyList<ImportProblem> problems) => new(batch, problems);

    internal static SpreadsheetOpenResult Refused(IReadOnlyList<ImportProblem> problems) => new(null, problems);
}
