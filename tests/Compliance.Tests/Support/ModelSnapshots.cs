using System;
using ChinaLabour.Compliance.Snapshots;

namespace Compliance.Tests.Support;

/// <summary>
/// Snapshots built from the snapshot model (<see cref="SnapshotModel"/>), so that a test over every field or every list
/// covers one added later without a change to the test.
/// </summary>
internal static class ModelSnapshots
{
    /// <summary>
    /// A <paramref name="record"/> with id <c>X1</c>, every record inside it given and every list holding one record;
    /// each value field set to what <paramref name="value"/> gives for it and its path (left out when null).
    /// </summary>
    /// <param name="record">The record's part of the model; <see cref="SnapshotModel.Root"/> for a whole snapshot.</param>
    /// <param name="value">A value field's value, by field and path.</param>
    /// <param name="byId">
    /// Whether a path names a list's record by its id where it has one, as notices do (<c>workers[X1]</c>), rather
    /// than by position (<c>workers[0]</c>).
    /// </param>
    /// <param name="nullIn">The path of a list that holds a null after its record, if any.</param>
    /// <param name="path">The record's own path; empty for a whole snapshot.</param>
    public static object Build(SnapshotRecord record, Func<SnapshotField, string, object?> value, bool byId = false, string? nullIn = null, string path = "")
    {
        var built = Activator.CreateInstance(record.Type)!;
        foreach (var field in record.Fields)
        {
            var at = path.Length == 0 ? field.JsonName : $"{path}.{field.JsonName}";
            switch (field.Shape)
            {
                case SnapshotFieldShape.Value when field.IsIdentity:
                    field.Property.SetValue(built, "X1");
                    break;
                case SnapshotFieldShape.Value:
                    if (value(field, at) is { } given)
                    {
                        field.Property.SetValue(built, given);
                    }

                    break;
                case SnapshotFieldShape.Record:
                    field.Property.SetValue(built, Build(field.Record!, value, byId, nullIn, at));
                    break;
                case SnapshotFieldShape.List:
                    var item = field.Record!;
                    var list = Array.CreateInstance(field.ValueType, at == nullIn ? 2 : 1);
                    list.SetValue(Build(item, value, byId, nullIn, byId && item.Identity is not null ? $"{at}[X1]" : $"{at}[0]"), 0);
                    field.Property.SetValue(built, list);
                    break;
            }
        }

        return built;
    }
}
