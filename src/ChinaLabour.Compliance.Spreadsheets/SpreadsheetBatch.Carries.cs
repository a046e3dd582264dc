using System;
using System.Linq;

namespace ChinaLabour.Compliance.Spreadsheets;

public sealed partial class SpreadsheetBatch
{
    /// <summary>
    /// Whether the batch's tables have a place for a fact: a column of the employers table (<c>management.lastDrill</c>),
    /// a table (<c>hiddenDangers</c>, <c>workers[*].trainings</c>), or a column of one (<c>workers[*].specialOperation</c>).
    /// A fact they have no place for is missing for every employer of the batch alike, so a report can say so once.
    /// </summary>
    /// <param name="fact">The fact as reports name a missing one, with records generalised (<c>workers[*].overtime</c>) or named (<c>workers[W1].overtime</c>).</param>
    /// <returns>True when a column or table of the batch could give the fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    public bool Carries(string fact)
    {
        ArgumentNullException.ThrowIfNull(fact);

        // The path's segments without their record ids: workers[W1].trainings[0].passed → workers, trainings, passed.
        var parts = fact.Split('.').Select(p => p.IndexOf('[', StringComparison.Ordinal) is var open and >= 0 ? p[..open] : p).ToArray();
        var collection = _tables.FirstOrDefault(t => t.Table.Collection == parts[0] && t.Table.Nested is null);
        if (!_vocabulary.Tables.Any(t => t.Collection == parts[0]))
        {
            // A record of the snapshot itself (enterprise, management): its values are columns of the employers table.
            var path = string.Join('.', parts);
            return _employers.Columns.Any(c => c.Column.Field == path || c.Column.Field.StartsWith(path + ".", StringComparison.Ordinal));
        }

        if (collection is null || parts.Length == 1)
        {
            return collection is not null;
        }

        var nested = _tables.FirstOrDefault(t => t.Table.Collection == parts[0] && t.Table.Nested == parts[1]);
        if (_vocabulary.Tables.Any(t => t.Collection == parts[0] && t.Nested == parts[1]))
        {
            return nested is not null && (parts.Length == 2 || nested.Columns.Any(c => c.Column.Field == parts[2]));
        }

        return parts.Length == 2 && collection.Columns.Any(c => c.Column.Field == parts[1]);
    }
}
