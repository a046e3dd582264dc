using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Builds one employer's snapshot from its rows: the employer row, then each table's rows in the vocabulary's order
/// (so that workers exist before their trainings). Each cell is read to its field's type and set straight into a
/// draft of its record (<see cref="RecordDraft"/>), by the same field model the JSON reader uses
/// (<see cref="SnapshotModel"/>), so a spreadsheet and a JSON file mean the same thing without the rows passing
/// through JSON.
/// </summary>
/// <remarks>
/// A table an employer has no rows in is a table it did not give: its collection stays absent, so rules that need it
/// are Indeterminate, never passed on silence. An employer with rows in a table has given it completely: a row holding
/// only the employer id says "none" (no accidents), and in a nested table each parent record without rows gets an
/// empty list — a worker with no training row has no recorded training.
/// </remarks>
internal sealed class EmployerAssembler
{
    private readonly ImportVocabulary _vocabulary;
    private readonly RecordDraft _root = new(RecordShape.Of(typeof(EmployerSnapshot)));
    private readonly Dictionary<int, Dictionary<string, RecordDraft>> _parents = [];
    private readonly HashSet<TableSpec> _nestedGiven = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly string _employerId;
    private readonly bool _showIdNumbers;

    public EmployerAssembler(ImportVocabulary vocabulary, string employerId, bool showIdNumbers)
    {
        _showIdNumbers = showIdNumbers;
        _vocabulary = vocabulary;
        _employerId = employerId;
        _root.Set(vocabulary.Tables[0].EmployerKey.Slots, employerId);
    }

    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>Reads the employer's own row into the snapshot's root.</summary>
    public void AddEmployerRow(TableLayout layout, TableRow row) => Fill(_root, layout, row);

    /// <summary>Adds one row of another table, or rejects it with a problem.</summary>
    public void AddRow(TableLayout layout, TableRow row)
    {
        var table = layout.Table;
        if (IsMarker(layout, row))
        {
            // Only the employer id: the employer gives this table, with nothing in it (no accidents, no trainings).
            if (table.Nested is null)
            {
                _root.List(table.CollectionSlot);
            }
            else
            {
                _nestedGiven.Add(table);
            }

            return;
        }

        var parentShape = _root.Shape.Inner(table.CollectionSlot);
        var record = new RecordDraft(table.Nested is null ? parentShape : parentShape.Inner(table.NestedSlot));
        if (!Fill(record, layout, row))
        {
            return;
        }

        if (table.Nested is null)
        {
            _root.List(table.CollectionSlot).Add(record);
            if (record.Id is { } id)
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

        _nestedGiven.Add(table);
        parent.List(table.NestedSlot).Add(record);
    }

    /// <summary>The snapshot, every record built from its draft.</summary>
    public EmployerSnapshot Build()
    {
        foreach (var table in _nestedGiven)
        {
            foreach (var parent in Parents(table.CollectionSlot).Values)
            {
                parent.List(table.NestedSlot);
            }
        }

        return (EmployerSnapshot)_root.Build();
    }

    private bool Fill(RecordDraft target, TableLayout layout, TableRow row)
    {
        var table = layout.Table;
        foreach (var (index, column, header) in layout.Columns)
        {
            var cell = index < row.Cells.Length ? row.Cells[index] : null;
            var (value, expected) = CellReader.Read(column, cell, _vocabulary);
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
                target.Set(column.Slots, value);
            }
            else if (column.IsIdentity && !table.IsEmployers)
            {
                Reject(layout, row, index, header, ImportMessages.EmptyRecordId(Singular(table.Collection!)));
                return false;
            }
        }

        return true;
    }

    private static bool IsMarker(TableLayout layout, TableRow row) =>
        (layout.ParentColumn < 0 || TableLayout.Key(row, layout.ParentColumn).Length == 0)
        && layout.Columns.All(c => c.Index >= row.Cells.Length || row.Cells[c.Index] is null || (row.Cells[c.Index] is string s && string.IsNullOrWhiteSpace(s)));

    private void Reject(TableLayout layout, TableRow row, int index, string? header, string message) =>
        _problems.Add(TableLayout.At(layout.Reader, row.Number, index, header, ImportConsequence.RecordRejected, ImportMessages.RowLeftOut(message), _employerId));

    private Dictionary<string, RecordDraft> Parents(int collectionSlot)
    {
        if (!_parents.TryGetValue(collectionSlot, out var byId))
        {
            byId = new Dictionary<string, RecordDraft>(StringComparer.Ordinal);
            _parents.Add(collectionSlot, byId);
        }

        return byId;
    }

    private static string Singular(string collection) => collection.EndsWith('s') ? collection[..^1] : collection;
}
