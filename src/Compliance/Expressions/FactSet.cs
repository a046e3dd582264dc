using System.Collections;
using System.Collections.Generic;
using Compliance.Checking;

namespace Compliance.Expressions;

/// <summary>
/// A read-only sequence of facts that rule expressions query with LINQ (<c>Where</c>, <c>Count</c>, <c>Any</c>, …).
/// Every element visited counts against the rule's evaluation budget, so no expression can loop without limit.
/// </summary>
/// <typeparam name="T">The fact type.</typeparam>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class FactSet<T> : IEnumerable<T>
{
    private readonly T[] _items;

    internal FactSet(T[] items) => _items = items;

    /// <summary>How many facts the set holds.</summary>
    public int Count => _items.Length;

    internal static FactSet<T> Empty { get; } = new([]);

    internal T[] Items => _items;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in _items)
        {
            EvaluationScope.Tick();
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
