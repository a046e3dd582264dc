using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Builds one employer's snapshot from its rows: the employer row, then each table's rows in the vocabulary's order
/// (so that workers exist before their trainings). The snapshot is assembled as JSON and read by the same deserialiser
/// as a JSON snapshot, so a spreadsheet and a JSON file mean the same thing.
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
    private readonly JsonObject _root = [];
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _parents = new(StringComparer.Ordinal);
    private readonly HashSet<TableSpec> _nestedGiven = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly string _employerId;
    private readonly bool _showIdNumbers;

    public EmployerAssembler(ImportVocabulary vocabulary, string employerId, bool showIdNumbers)
    {
        _showIdNumbers = showIdNumbers;
        _vocabulary = vocabulary;
        _employerId = employerId;
        Set(_root, "enterprise.id", JsonValue.Create(employerId));
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
                _root[table.Collection!] ??= new JsonArray();
            }
            else
            {
                _nestedGiven.Add(table);
            }

            return;
        }

        var record = new JsonObject();
        if (!Fill(record, layout, row))
        {
            return;
        }

        if (table.Nested is null)
        {
            Append(_root, table.Collection!, record);
            if (record["id"]?.GetValue<string>() is { } id)
            {
                var byId = Parents(table.Collection!);
                byId.TryAdd(id, record);
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

        if (!Parents(table.Collection!).TryGetValue(parentId, out var parent))
        {
            Reject(layout, row, layout.ParentColumn, header, ImportMessages.UnknownParent(Singular(table.Collection!), _employerId, table.Collection!, CellReader.Quote(null, parentId, _showIdNumbers)));
            return;
        }

        _nestedGiven.Add(table);
        Append(parent, table.Nested, record);
    }

    /// <summary>The snapshot, read by the snapshot deserialiser; <see langword="null"/> with a problem if it cannot be.</summary>
    public EmployerSnapshot? Build(TableLayout employers, TableRow row)
    {
        foreach (var table in _nestedGiven)
        {
            foreach (var parent in Parents(table.Collection!).Values)
            {
                parent[table.Nested!] ??= new JsonArray();
            }
        }

        try
        {
            return _root.Deserialize<EmployerSnapshot>(SnapshotJson.Options);
        }
        catch (JsonException e)
        {
            // The cells were each read to their field's type, so this is the importer's own mistake; it still costs
            // one employer, not the batch.
            _problems.Add(new ImportProblem(employers.Reader.Source, employers.Reader.Sheet, row.Number, null, null, _employerId, ImportConsequence.EmployerRejected,
                ImportMessages.NoSnapshot(e.Message)));
            return null;
        }
    }

    private bool Fill(JsonObject target, TableLayout layout, TableRow row)
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
                Set(target, column.Field, value);
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

    private Dictionary<string, JsonObject> Parents(string collection)
    {
        if (!_parents.TryGetValue(collection, out var byId))
        {
            byId = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            _parents.Add(collection, byId);
        }

        return byId;
    }

    private static void Append(JsonObject target, string collection, JsonObject record)
    {
        if (target[collection] is not JsonArray array)
        {
            array = [];
            target[collection] = array;
        }

        array.Add(record);
    }

    private static void Set(JsonObject target, string path, JsonNode value)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            target[path] = value;
            return;
        }

        var head = path[..dot];
        if (target[head] is not JsonObject inner)
        {
            inner = [];
            target[head] = inner;
        }

        Set(inner, path[(dot + 1)..], value);
    }

    private static string Singular(string collection) => collection.EndsWith('s') ? collection[..^1] : collection;
}
