using System;
using System.Collections;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// A result's named values as the rule computed them: the rule's names, shared by all its results, and the plain
/// values; each <see cref="NamedValue"/> is made when first read. A batch never reads the values of the compliant
/// results it only counts, and making them was a tenth of what a check allocated (measured).
/// </summary>
/// <threadsafety>
/// Safe to read from many threads: the names and values are never written after the check, and two threads that
/// read one value at once make equal ones, either of which is kept.
/// </threadsafety>
internal sealed class ComputedValues : IReadOnlyList<NamedValue>
{
    private readonly string[] _names;
    private readonly object?[] _values;
    private readonly int _count;
    private NamedValue?[]? _made;

    /// <param name="names">The rule's names of its values, in order.</param>
    /// <param name="values">The plain values, in the same order; this list keeps the array.</param>
    /// <param name="count">How many of them were computed: fewer than the names when the rule failed on the way.</param>
    public ComputedValues(string[] names, object?[] values, int count)
    {
        _names = names;
        _values = values;
        _count = count;
    }

    public int Count => _count;

    public NamedValue this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            var made = _made ??= new NamedValue?[_count];
            return made[index] ??= new NamedValue(_names[index], _values[index]);
        }
    }

    public IEnumerator<NamedValue> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
