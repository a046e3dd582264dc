using System.Collections;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// A read-only sequence of facts that rule expressions query with LINQ (<c>Where</c>, <c>Count</c>, <c>Any</c>, …).
/// Every element visited counts against the rule's budget, so no expression can loop without limit.
/// </summary>
/// <typeparam name="T">The fact type.</typeparam>
/// <threadsafety>Used by one check at a time, like the <see cref="EvaluationContext"/> it counts steps in.</threadsafety>
internal sealed class FactSet<T> : IEnumerable<T>
{
    private readonly T[] _items;
    private readonly EvaluationContext _context;

    internal FactSet(T[] items, EvaluationContext context)
    {
        _items = items;
        _context = context;
    }

    /// <summary>How many facts the set holds.</summary>
    public int Count => _items.Length;

    /// <summary>The facts, read without counting steps: for the checker, never for expressions.</summary>
    internal T[] Items => _items;

    /// <summary>An empty set, the stand-in for a list the snapshot does not give.</summary>
    internal static FactSet<T> Empty(EvaluationContext context) => new([], context);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in _items)
        {
            _context.Tick();
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
