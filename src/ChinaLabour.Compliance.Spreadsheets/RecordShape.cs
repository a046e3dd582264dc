using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// How to make one snapshot record from its field values, read once per record type from <see cref="SnapshotModel"/>:
/// a constructor, and a setter per field (its index in <see cref="SnapshotRecord.Fields"/>), compiled so that the
/// import sets typed cells straight into the records instead of writing and re-reading JSON.
/// </summary>
/// <threadsafety>Immutable once made; shared by every import.</threadsafety>
internal sealed class RecordShape
{
    private static readonly ConcurrentDictionary<Type, RecordShape> s_shapes = new();

    private readonly Func<object> _create;
    private readonly Action<object, object?>[] _setters;
    private readonly Func<object, object?>?[] _getters;
    private readonly Func<IList>?[] _lists;

    // The shapes of record and list fields, looked up once per slot rather than once per row.
    private readonly RecordShape?[] _inner;

    private RecordShape(SnapshotRecord record)
    {
        Record = record;
        _create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(record.Type), typeof(object))).Compile();
        _setters = record.Fields.Select(Setter).ToArray();
        _getters = record.Fields.Select(f => f.Shape == SnapshotFieldShape.Value ? null : Getter(f)).ToArray();
        _inner = new RecordShape?[record.Fields.Count];
        _lists = record.Fields
            .Select(f => f.Shape == SnapshotFieldShape.List
                ? Expression.Lambda<Func<IList>>(Expression.New(typeof(List<>).MakeGenericType(f.ValueType))).Compile()
                : null)
            .ToArray();
    }

    public SnapshotRecord Record { get; }

    public static RecordShape Of(Type type) => s_shapes.GetOrAdd(type, t => new RecordShape(SnapshotModel.Of(t)));

    /// <summary>The shape of the record a record-valued or list field holds.</summary>
    public RecordShape Inner(int slot) => _inner[slot] ??= Of(Record.Fields[slot].ValueType);

    public object Create() => _create();

    public void Set(object record, int slot, object? value) => _setters[slot](record, value);

    /// <summary>
    /// Sets the field at <paramref name="slots"/> of <paramref name="record"/>: a field of the record, or of a record
    /// inside it (<c>headcount.dispatched</c>), which is made at its first field.
    /// </summary>
    public void Set(object record, int[] slots, object value)
    {
        var (shape, target) = (this, record);
        for (var i = 0; i < slots.Length - 1; i++)
        {
            var slot = slots[i];
            var inner = shape.Inner(slot);
            var held = shape._getters[slot]!(target);
            if (held is null)
            {
                held = inner.Create();
                shape.Set(target, slot, held);
            }

            (shape, target) = (inner, held);
        }

        shape.Set(target, slots[^1], value);
    }

    /// <summary>The record's list at <paramref name="slot"/>, set empty if it has none yet: a table given, even with no rows.</summary>
    public IList List(object record, int slot)
    {
        if (_getters[slot]!(record) is IList list)
        {
            return list;
        }

        var made = _lists[slot]!();
        Set(record, slot, made);
        return made;
    }

    private static Func<object, object?> Getter(SnapshotField field)
    {
        var record = Expression.Parameter(typeof(object), "record");
        var property = field.Property;
        var get = Expression.Property(Expression.Convert(record, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(get, typeof(object)), record).Compile();
    }

    private static Action<object, object?> Setter(SnapshotField field)
    {
        // Init-only setters are ordinary methods to an expression tree; the cast unboxes to the property's own type
        // (int? from a boxed int), so each cell keeps the type CellReader gave it.
        var record = Expression.Parameter(typeof(object), "record");
        var value = Expression.Parameter(typeof(object), "value");
        var property = field.Property;
        var call = Expression.Call(Expression.Convert(record, property.DeclaringType!), property.SetMethod!, Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(call, record, value).Compile();
    }
}
