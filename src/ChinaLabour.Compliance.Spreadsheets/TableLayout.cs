using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Where a table's columns are in one file or sheet, read from its header row: the key columns that place a row, and
/// each data column with the header the file gives it.
/// </summary>
internal sealed partial class TableLayout
{
    private string[] _headers = [];

    private TableLayout(TableSpec table, TableReader reader, int headerRow)
    {
        Table = table;
        Reader = reader;
        HeaderRow = headerRow;
    }

    public TableSpec Table { get; }

    public TableReader Reader { get; }

    /// <summary>The row the headers are on.</summary>
    public int HeaderRow { get; }

    /// <summary>The column naming the row's employer (for the employers table, the employer's own id).</summary>
    public int EmployerColumn { get; private set; } = -1;

    /// <summary>The column naming the parent record, for a nested table.</summary>
    public int ParentColumn { get; private set; } = -1;

    /// <summary>The data columns found: index in the row, the column, and the header as written.</summary>
    public (int Index, ColumnSpec Column, string Header)[] Columns { get; private set; } = [];

    /// <summary>The header as written at a column index, if the file has one there.</summary>
    public string? HeaderAt(int index) => _headers.ElementAtOrDefault(index);

    /// <summary>
    /// The most cells a row may have and still be one the order check learns nothing from when it repeats the employer
    /// of the row before (<see cref="SettledKey"/>): every header, when none is empty; 0 when one is, since a value
    /// under an empty header is reported the first time it is met.
    /// </summary>
    public int PlainCells => _headers.All(h => h.Length > 0) ? _headers.Length : 0;

    /// <summary>
    /// Reads the header row (the first row that is not empty) and places every column; problems go to
    /// <paramref name="problems"/>. Returns <see langword="null"/> when a key column is missing, so that no row can
    /// be placed.
    /// </summary>
    public static TableLayout? Read(TableSpec table, TableReader reader, List<ImportProblem> problems)
    {
        var header = reader.Rows().FirstOrDefault(r => !IsEmpty(r));
        if (header.Cells is null)
        {
            problems.Add(Whole(reader, ImportConsequence.TableIgnored, ImportMessages.NoHeader(reader.Sheet is not null)));
            return null;
        }

        if (header.Fault is { } fault)
        {
            problems.Add(At(reader, fault.Line, fault.Column, null, ImportConsequence.BatchRefused, fault.Message));
            return null;
        }

        var layout = new TableLayout(table, reader, header.Number)
        {
            _headers = header.Cells.Select(c => c is null ? string.Empty : CellReader.Invariant(c)).ToArray(),
        };
        var columns = new List<(int, ColumnSpec, string)>();
        var taken = new Dictionary<string, string>(System.StringComparer.Ordinal);
        for (var i = 0; i < layout._headers.Length; i++)
        {
            var written = layout._headers[i];
            if (written.Length == 0)
            {
                continue;
            }

            var key = ImportVocabulary.Normalise(written);
            var column = table.Columns.FirstOrDefault(c => c.Headers.Any(h => ImportVocabulary.Normalise(h) == key));
            var isEmployer = !table.IsEmployers && table.EmployerKey.Headers.Any(h => ImportVocabulary.Normalise(h) == key);
            var isParent = table.ParentKey is { } parent && parent.Headers.Any(h => ImportVocabulary.Normalise(h) == key);
            var field = isEmployer ? table.EmployerKey.Field : isParent ? table.ParentKey!.Field : column?.Field;
            if (field is null)
            {
                problems.Add(At(reader, header.Number, i, written, ImportConsequence.ColumnIgnored, ImportMessages.UnknownHeader(table.Name, written)));
                continue;
            }

            if (!taken.TryAdd(field, written))
            {
                problems.Add(At(reader, header.Number, i, written, ImportConsequence.ColumnIgnored, ImportMessages.SecondColumn(field, taken[field])));
                continue;
            }

            if (isEmployer || (table.IsEmployers && column!.IsIdentity))
            {
                layout.EmployerColumn = i;
            }
            else if (isParent)
            {
                layout.ParentColumn = i;
            }
            else
            {
                columns.Add((i, column!, written));
            }
        }

        // The identity first: a row left out for want of an id gets no "left empty" problems for its other cells.
        layout.Columns = [.. columns.OrderBy(c => c.Item2.IsIdentity ? 0 : 1)];
        var identity = table.Columns.FirstOrDefault(c => c.IsIdentity && !table.IsEmployers);
        var missing = new List<ColumnSpec>();
        if (layout.EmployerColumn < 0)
        {
            missing.Add(table.EmployerKey);
        }

        if (table.ParentKey is { } parentKey && layout.ParentColumn < 0)
        {
            missing.Add(parentKey);
        }

        if (identity is not null && columns.All(c => c.Item2 != identity))
        {
            missing.Add(identity);
        }

        foreach (var column in missing)
        {
            problems.Add(new ImportProblem(reader.Source, reader.Sheet, header.Number, null, null, null, ImportConsequence.BatchRefused,
                ImportMessages.NoKeyColumn(string.Join(" / ", column.Headers.Distinct()))));
        }

        return missing.Count == 0 ? layout : null;
    }

    /// <summary>Whether every cell of the row is empty; a faulted row never is, so that it is reported.</summary>
    public static bool IsEmpty(TableRow row)
    {
        if (row.Fault is not null)
        {
            return false;
        }

        foreach (var cell in row.Cells)
        {
            if (!IsBlank(cell))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key text in a cell: trimmed, empty for a blank cell.</summary>
    public static string Key(TableRow row, int index) =>
        index < row.Cells.Length && row.Cells[index] is { } cell ? CellReader.Invariant(cell) : string.Empty;

    public static ImportProblem At(TableReader reader, int row, int index, string? header, ImportConsequence consequence, string message, string? employer = null) =>
        new(reader.Source, reader.Sheet, row, reader.ColumnName(index), header, employer, consequence, message);

    public static ImportProblem Whole(TableReader reader, ImportConsequence consequence, string message) =>
        new(reader.Source, reader.Sheet, 0, null, null, null, consequence, message);
}
