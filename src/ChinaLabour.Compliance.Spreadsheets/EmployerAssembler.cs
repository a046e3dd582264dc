using System;
using System.Collections.Generic;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Builds one employer's snapshot from its rows: the employer row, then each table's rows in the vocabulary's order
/// (so that workers exist before their trainings). Each cell is read to its field's type and set straight into its
/// snapshot record (<see cref="RecordShape"/>), by the same field model the JSON reader uses
/// (<see cref="SnapshotModel"/>), so a spreadsheet and a JSON file mean the same thing without the rows passing
/// through JSON.
/// </summary>
/// <remarks>
/// A table an employer has no rows in is a table it did not give: its collection stays absent, so rules that need it
/// are Indeterminate, never passed on silence. An employer with rows in a table has given it completely: a row holding
/// only the employer id says "none" (no accidents), and in a nested table each parent record without rows gets an
/// empty list — a worker with no training row has no recorded training.
/// <para>
/// The records are made as their rows are read, not from drafts at the end: a record and its lists are only handed
/// out with the snapshot, once every row of the employer is in, so they are never seen half made.
/// </para>
/// </remarks>
internal sealed class EmployerAssembler
{
    private static readonly RecordShape s_root = RecordShape.Of(typeof(EmployerSnapshot));

    private readonly object _root = s_root.Create();
    private readonly List<ImportProblem> _problems = [];
    private readonly string _employerId;
    private readonly bool _showIdNumbers;

    // The parent records by id, per collection slot, and the nested tables given; made at the first row needing them.
    private Dictionary<string, object>?[]? _parents;
    private List<TableSpec>? _nestedGiven;

    public EmployerAssembler(ImportVocabulary vocabulary, string employerId, bool showIdNumbers)
    {
        _showIdNumbers = showIdNumbers;
        _employerId = employerId;
        s_root.Set(_root, vocabulary.Tables[0].EmployerKey.Slots, employerId);
    }

    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>Reads the employer's own row into the snapshot's root; <paramref name="memo"/> is the employers table's.</summary>
    public void AddEmployerRow(TableLayout layout, TableRow row, CellMemo memo) => Fill(_root, s_root, layout, row, memo, out _);

    /// <summary>Adds one row of another table, or rejects it with a problem; <paramref name="memo"/> is that table's.</summary>
    public void AddRow(TableLayout layout, TableRow row, CellMemo memo)
    {
        var table = layout.Table;
        if (IsMarker(layout, row))
        {
            // Only the employer id: the employer gives this table, with nothing in it (no accidents, no trainings).
            if (table.Nested is null)
            {
                s_root.List(_root, table.CollectionSlot);
            }
            else
            {
                NestedGiven(table);
            }

            return;
        }

        var parentShape = s_root.Inner(table.CollectionSlot);
        var shape = table.Nested is null ? parentShape : parentShape.Inner(table.NestedSlot);
        var record = shape.Create();
        if (!Fill(record, shape, layout, row, memo, out var id))
        {
            return;
        }

        if (table.Nested is null)
        {
            s_root.List(_root, table.CollectionSlot).Add(record);
            if (id is not null)
            {
                Parents(table.CollectionSlot).TryAdd(id, record);
            }

            return;
        }

        var parentId = TableLayout.Key(row, layout.ParentColumn);
        var header = layout.HeaderAt(layout.ParentColumn);
        if (parentId.Length == 0)
        {
            Reject(layout, row, layout.ParentColumn, header, ImportMessages.EmptyParentId(Singular(table.Collection!)));
            return;
        }

        if (!Parents(table.CollectionSlot).TryGetValue(parentId, out var parent))
        {
            Reject(layout, row, layout.ParentColumn, header, ImportMessages.UnknownParent(Singular(table.Collection!), _employerId, table.Collection!, CellReader.Quote(null, parentId, _showIdNumbers)));
            return;
        }

        NestedGiven(table);
        parentShape.List(parent, table.NestedSlot).Add(record);
    }

    /// <summary>The snapshot, each parent of a nested table given holding a list, empty when it has no rows.</summary>
    public EmployerSnapshot Build()
    {
        foreach (var table in _nestedGiven ?? [])
        {
            var parentShape = s_root.Inner(table.CollectionSlot);
            foreach (var parent in Parents(table.CollectionSlot).Values)
            {
                parentShape.List(parent, table.NestedSlot);
            }
        }

        return (EmployerSnapshot)_root;
    }

    /// <summary>Reads a row into its record; false when the row is left out. <paramref name="id"/>: the record's id, if its row gives one.</summary>
    private bool Fill(object target, RecordShape shape, TableLayout layout, TableRow row, CellMemo memo, out string? id)
    {
        id = null;
        var table = layout.Table;
        var columns = layout.Columns;
        for (var position = 0; position < columns.Length; position++)
        {
            var (index, column, header) = columns[position];
            var cell = index < row.Cells.Length ? row.Cells[index] : null;
            var (value, expected) = memo.Read(position, column, cell);
            if (expected is not null)
            {
                if (column.IsIdentity)
                {
                    Reject(layout, row, index, header, ImportMessages.BadId(CellReader.Quote(column, cell, _showIdNumbers)));
                    return false;
                }

                _problems.Add(TableLayout.At(layout.Reader, row.Number, index, header, ImportConsequence.ValueIgnored,
                    ImportMessages.ValueLeftEmpty(expected, CellReader.Quote(column, cell, _showIdNumbers), column.Field), _employerId));
            }
            else if (value is not null)
            {
                shape.Set(target, column.Slots, value);
                if (column.IsIdentity)
                {
                    id = value as string;
                }
            }
            else if (column.IsIdentity && !table.IsEmployers)
            {
                Reject(layout, row, index, header, ImportMessages.EmptyRecordId(Singular(table.Collection!)));
                return false;
            }
        }

        return true;
    }

    private static bool IsMarker(TableLayout layout, TableRow row)
    {
        if (layout.ParentColumn >= 0 && TableLayout.Key(row, layout.ParentColumn).Length != 0)
        {
            return false;
        }

        foreach (var (index, _, _) in layout.Columns)
        {
            if (index < row.Cells.Length && row.Cells[index] is { } cell && (cell is not string text || !string.IsNullOrWhiteSpace(text)))
            {
                return false;
            }
        }

        return true;
    }

    private void Reject(TableLayout layout, TableRow row, int index, string? header, string message) =>
        _problems.Add(TableLayout.At(layout.Reader, row.Number, index, header, ImportConsequence.RecordRejected, ImportMessages.RowLeftOut(message), _employerId));

    private void NestedGiven(TableSpec table)
    {
        _nestedGiven ??= [];
        if (!_nestedGiven.Contains(table))
        {
            _nestedGiven.Add(table);
        }
    }

    private Dictionary<string, object> Parents(int collectionSlot)
    {
        _parents ??= new Dictionary<string, object>?[s_root.Record.Fields.Count];
        return _parents[collectionSlot] ??= new Dictionary<string, object>(StringComparer.Ordinal);
    }

    private static string Singular(string collection) => collection.EndsWith('s') ? collection[..^1] : collection;
}
