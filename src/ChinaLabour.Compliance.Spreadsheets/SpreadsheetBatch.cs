using System;
using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// A batch of employers in tables — a folder of CSV files or one XLSX workbook — read as a stream, one employer at a
/// time: an employers table, and tables of posts, workers, trainings and the rest joined on the employer id
/// (docs/import-format.md lists the tables, headers and values).
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> Every table other than employers must list each employer's rows together, in the order the employers
/// table lists the employers — what an export sorted by employer id gives when the employers are sorted by id too.
/// Opening the batch checks this in one pass over the key columns, before any employer is read; rows out of that
/// order refuse the batch with the first such row of each table, so no employer is ever checked on part of its rows.
/// Only the employer ids are kept in memory, never the rows.
/// </para>
/// <para>
/// <b>Nothing lost.</b> A cell that cannot be read leaves its field empty, a row that cannot be placed is left out, an
/// employer whose id is missing or repeated is rejected: each with a problem giving file, sheet, row and column. Every
/// employer row comes out of <see cref="Employers"/>, checked or rejected.
/// </para>
/// <para>
/// <b>Thread safety.</b> An opened batch is immutable: each call to <see cref="Employers"/> opens its own readers, so
/// several enumerations may run at once; one enumeration is for one thread. Hand the snapshots it yields to other
/// threads to check them in parallel, as the CLI does.
/// </para>
/// </remarks>
public sealed partial class SpreadsheetBatch
{
    /// <summary>How many rows a worksheet holds at most; a batch larger than that needs CSV.</summary>
    public const int MaxSheetRows = 1_048_576;

    private readonly ImportVocabulary _vocabulary;
    private readonly TableLayout _employers;
    private readonly IReadOnlyList<TableLayout> _tables;
    private readonly Dictionary<string, int> _ordinals;
    private readonly Dictionary<string, List<int>> _duplicates;
    private readonly bool _showIdNumbers;

    private SpreadsheetBatch(
        bool showIdNumbers,
        ImportVocabulary vocabulary,
        TableLayout employers,
        IReadOnlyList<TableLayout> tables,
        Dictionary<string, int> ordinals,
        Dictionary<string, List<int>> duplicates,
        int employerRows)
    {
        _showIdNumbers = showIdNumbers;
        _vocabulary = vocabulary;
        _employers = employers;
        _tables = tables;
        _ordinals = ordinals;
        _duplicates = duplicates;
        EmployerRows = employerRows;
    }

    /// <summary>How many employer rows the batch holds: what <see cref="Employers"/> will yield.</summary>
    public int EmployerRows { get; }

    /// <summary>
    /// Every employer row of the batch, in the employers table's order, each with its snapshot (or rejected) and the
    /// problems of its rows. Reads every table once more, alongside, holding one employer's rows at a time.
    /// </summary>
    public IEnumerable<ImportedEmployer> Employers()
    {
        var cursors = _tables.Select(t => new TableCursor(t, _ordinals, _vocabulary)).ToArray();
        var memo = new CellMemo(_vocabulary, _employers.Columns.Length);
        try
        {
            var reader = _employers.Reader;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in reader.Rows())
            {
                if (row.Number <= _employers.HeaderRow || TableLayout.IsEmpty(row))
                {
                    continue;
                }

                var id = TableLayout.Key(row, _employers.EmployerColumn);
                var header = _employers.HeaderAt(_employers.EmployerColumn);
                var rejection = _employers.Rejection(row, ImportMessages.EmployerOutcome);
                if (id.Length == 0)
                {
                    yield return Rejected(null, row, rejection ?? TableLayout.At(reader, row.Number, _employers.EmployerColumn, header, ImportConsequence.EmployerRejected,
                        ImportMessages.EmptyEmployerId));
                    continue;
                }

                var first = seen.Add(id);
                var assembler = new EmployerAssembler(_vocabulary, id, _showIdNumbers);
                if (first)
                {
                    assembler.AddEmployerRow(_employers, row, memo);
                    var ordinal = _ordinals[id];
                    foreach (var cursor in cursors)
                    {
                        foreach (var child in cursor.Take(ordinal))
                        {
                            assembler.AddRow(cursor.Layout, child, cursor.Memo);
                        }
                    }
                }

                if (rejection is not null)
                {
                    // Its rows in the other tables were taken above and are dropped with it.
                    yield return Rejected(id, row, rejection with { EmployerId = id });
                    continue;
                }

                if (_duplicates.TryGetValue(id, out var rows))
                {
                    yield return Rejected(id, row, TableLayout.At(reader, row.Number, _employers.EmployerColumn, header, ImportConsequence.EmployerRejected,
                        ImportMessages.RepeatedEmployer(CellReader.Quote(null, id, _showIdNumbers), rows), id));
                    continue;
                }

                var snapshot = assembler.Build();
                yield return new ImportedEmployer(id, reader.Source, reader.Sheet, row.Number, snapshot, assembler.Problems);
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }
        }
    }

    private ImportedEmployer Rejected(string? id, TableRow row, ImportProblem problem) =>
        new(id, _employers.Reader.Source, _employers.Reader.Sheet, row.Number, null, [problem]);
}
