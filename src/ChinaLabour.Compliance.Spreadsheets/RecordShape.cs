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
    private readonly Func<IList>?[] _lists;

    private RecordShape(SnapshotRecord record)
    {
        Record = record;
        _create = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(record.Type), typeof(object))).Compile();
        _setters = record.Fields.Select(Setter).ToArray();
        _lists = record.Fields
            .Select(f => f.Shape == SnapshotFieldShape.List
                ? Expression.Lambda<Func<IList>>(Expression.New(typeof(List<>).MakeGenericType(f.ValueType))).Compile()
                : null)
            .ToArray();
        Identity = record.Identity is { } identity ? IndexOf(identity.JsonName) : -1;
    }

    public SnapshotRecord Record { get; }

    /// <summary>The slot of the record's <c>Id</c>, or -1.</summary>
    public int Identity { get; }

    public static RecordShape Of(Type type) => s_shapes.GetOrAdd(type, t => new RecordShape(SnapshotModel.Of(t)));

    /// <summary>The slot of the field with this JSON name.</summary>
    public int IndexOf(string jsonName)
    {
        for (var i = 0; i < Record.Fields.Count; i++)
        {
            if (string.Equals(Record.Fields[i].JsonName, jsonName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"{Record.Type.Name} has no field {jsonName}", nameof(jsonName));
    }

    /// <summary>The shape of the record a record-valued or list field holds.</summary>
    public RecordShape Inner(int slot) => Of(Record.Fields[slot].ValueType);

    public object Create() => _create();

    public void Set(object record, int slot, object? value) => _setters[slot](record, value);

    /// <summary>An empty list of the field's element type, as the record's property takes it.</summary>
    public IList NewList(int slot) => _lists[slot]!();

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
