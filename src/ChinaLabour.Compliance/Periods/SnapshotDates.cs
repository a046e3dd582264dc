using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>
/// Every date on record that a rule may read, found through <see cref="SnapshotModel"/> so that a field added to the
/// snapshot is found without a change here. Personal fields (a birth date) and fields no rule reads are left out: a
/// day on which only they change cannot change an outcome.
/// </summary>
internal static class SnapshotDates
{
    /// <summary>The dates of <paramref name="snapshot"/>, in the order the snapshot holds them; a month gives its first day and the next month's.</summary>
    public static IReadOnlyList<DatedRecord> Of(EmployerSnapshot snapshot)
    {
        var dates = new List<DatedRecord>();
        Walk(snapshot, SnapshotModel.Root, string.Empty, dates);
        return dates;
    }

    private static void Walk(object record, SnapshotRecord model, string path, List<DatedRecord> dates)
    {
        foreach (var field in model.Fields)
        {
            if (!field.ReadByRules || field.Property.GetValue(record) is not { } value)
            {
                continue;
            }

            var here = path.Length == 0 ? field.JsonName : $"{path}.{field.JsonName}";
            switch (field.Shape)
            {
                case SnapshotFieldShape.Value:
                    Add(value, here, dates);
                    break;
                case SnapshotFieldShape.Record:
                    Walk(value, field.Record!, here, dates);
                    break;
                case SnapshotFieldShape.List when field.Record is { } itemModel:
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        if (item is not null)
                        {
                            var id = itemModel.Identity?.Property.GetValue(item) as string;
                            Walk(item, itemModel, $"{here}[{(string.IsNullOrWhiteSpace(id) ? index.ToString(CultureInfo.InvariantCulture) : id)}]", dates);
                        }

                        index++;
                    }

                    break;
            }
        }
    }

    private static void Add(object value, string path, List<DatedRecord> dates)
    {
        switch (value)
        {
            case LocalDate date:
                dates.Add(new DatedRecord(date, path));
                break;
            case DateOrNone { Date: { } date }:
                dates.Add(new DatedRecord(date, path));
                break;
            case YearMonth month:
                dates.Add(new DatedRecord(month.OnDayOfMonth(1), path));
                dates.Add(new DatedRecord(month.PlusMonths(1).OnDayOfMonth(1), path));
                break;
        }
    }
}
