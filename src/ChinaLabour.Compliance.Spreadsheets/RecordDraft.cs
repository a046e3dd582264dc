using System.Collections.Generic;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// One record while its rows are read: typed values by field slot, the records inside it, and its lists. Built into the
/// snapshot record once all its rows are in, so that a record and its nested rows become immutable objects together.
/// </summary>
/// <remarks>A field never set stays absent (null), as a JSON snapshot without it would leave it.</remarks>
internal sealed class RecordDraft
{
    private readonly object?[] _values;
    private readonly RecordDraft?[] _inner;
    private readonly List<RecordDraft>?[] _lists;

    public RecordDraft(RecordShape shape)
    {
        Shape = shape;
        var count = shape.Record.Fields.Count;
        _values = new object?[count];
        _inner = new RecordDraft?[count];
        _lists = new List<RecordDraft>?[count];
    }

    public RecordShape Shape { get; }

    /// <summary>The record's id, once its identity cell is read.</summary>
    public string? Id => Shape.Identity >= 0 ? _values[Shape.Identity] as string : null;

    /// <summary>Sets the field at <paramref name="slots"/>: a field of this record, or of a record inside it (<c>headcount.dispatched</c>).</summary>
    public void Set(IReadOnlyList<int> slots, object value)
    {
        var target = this;
        for (var i = 0; i < slots.Count - 1; i++)
        {
            var slot = slots[i];
            target = target._inner[slot] ??= new RecordDraft(target.Shape.Inner(slot));
        }

        target._values[slots[^1]] = value;
    }

    /// <summary>The list at <paramref name="slot"/>, made empty if the record has none yet: a table given, even with no rows.</summary>
    public List<RecordDraft> List(int slot) => _lists[slot] ??= [];

    public object Build()
    {
        var record = Shape.Create();
        for (var slot = 0; slot < _values.Length; slot++)
        {
            if (_values[slot] is { } value)
            {
                Shape.Set(record, slot, value);
            }
            else if (_inner[slot] is { } inner)
            {
                Shape.Set(record, slot, inner.Build());
            }
            else if (_lists[slot] is { } drafts)
            {
                var list = Shape.NewList(slot);
                foreach (var draft in drafts)
                {
                    list.Add(draft.Build());
                }

                Shape.Set(record, slot, list);
            }
        }

        return record;
    }
}
