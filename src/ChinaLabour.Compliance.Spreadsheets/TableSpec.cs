using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// One table of a spreadsheet batch: the file or sheet names it may have, where its rows go in the snapshot, the
/// columns that place a row (employer, and for nested tables the parent record), and the columns of data.
/// </summary>
/// <param name="Name">The English name, which is also the file name (<c>workers.csv</c>) or sheet name.</param>
/// <param name="Names">Every name the file or sheet may have, English first.</param>
/// <param name="Collection">The snapshot collection the rows go into (<c>workers</c>); <see langword="null"/> for the employers table.</param>
/// <param name="Nested">For a nested table (<c>workers.trainings</c>), the collection inside each parent record.</param>
/// <param name="Columns">The data columns.</param>
/// <param name="EmployerKey">The column naming the employer a row belongs to.</param>
/// <param name="ParentKey">For a nested table, the column naming the parent record (<c>workerId</c>).</param>
internal sealed record TableSpec(
    string Name,
    IReadOnlyList<string> Names,
    string? Collection,
    string? Nested,
    IReadOnlyList<ColumnSpec> Columns,
    ColumnSpec EmployerKey,
    ColumnSpec? ParentKey)
{
    /// <summary>The <see cref="RecordShape"/> slot of <see cref="Collection"/> in the snapshot; -1 for the employers table.</summary>
    public int CollectionSlot { get; init; } = -1;

    /// <summary>The slot of <see cref="Nested"/> in the parent record; -1 for a table that is not nested.</summary>
    public int NestedSlot { get; init; } = -1;

    /// <summary>Whether this is the employers table, one row per employer.</summary>
    public bool IsEmployers => Collection is null;

    /// <summary>
    /// The columns that place a row, as written first in a table: the employer, then the parent record for a nested
    /// table. For the employers table that is the employer's own id, one of its <see cref="Columns"/>.
    /// </summary>
    public IReadOnlyList<ColumnSpec> KeyColumns => ParentKey is null ? [EmployerKey] : [EmployerKey, ParentKey];

    /// <summary>The columns that carry values, after the keys: every column but the employers' id.</summary>
    public IEnumerable<ColumnSpec> ValueColumns => IsEmployers ? Columns.Where(c => !c.IsIdentity) : Columns;

    /// <summary>The collection's path as the vocabulary writes it (<c>$</c>, <c>posts</c>, <c>workers.trainings</c>).</summary>
    public string Path => Collection is null ? "$" : Nested is null ? Collection : Collection + "." + Nested;
}
