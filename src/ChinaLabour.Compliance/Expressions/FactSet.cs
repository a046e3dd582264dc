using System;
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
    private Enumerator? _spare;

    internal FactSet(T[] items, EvaluationContext context)
    {
        _items = items;
        _context = context;
    }

    /// <summary>How many facts the set holds.</summary>
    public int Count => _items.Length;

    /// <summary>The facts, read without counting steps: for the checker, never for expressions.</summary>
    internal T[] Items => _items;

    /// <summary>
    /// The fact at <paramref name="index"/>, a step counted for it, as a walk of the set visits it: for the loops that
    /// rule expressions' <c>Any</c>, <c>All</c>, <c>Count</c> and <c>Sum</c> are compiled to (<c>FactLoops</c>).
    /// </summary>
    internal T Visit(int index)
    {
        _context.Tick();
        return _items[index];
    }

    /// <summary>
    /// The set of no facts: the stand-in for a list the snapshot does not give, and every list given empty. One serves
    /// every check and thread, as it neither walks nor counts: a province's workers mostly have no overtime or
    /// certificates on record, and a set and an enumerator for each were among the most frequent of a check's
    /// allocations (profiled).
    /// </summary>
    /// <remarks>It has no context: it never counts a step, for it returns before its enumerator is made.</remarks>
    internal static FactSet<T> None { get; } = new([], null!);

    /// <summary>A set of <paramref name="items"/>, counting its steps in <paramref name="context"/>; <see cref="None"/> when there are none.</summary>
    internal static FactSet<T> Of(T[] items, EvaluationContext context) => items.Length == 0 ? None : new(items, context);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator()
    {
        if (_items.Length == 0)
        {
            // Nothing to walk and no step to count: one enumerator serves every empty set. A province's workers
            // mostly have no overtime or certificates on record, each such list its own empty set (profiled).
            return EmptyEnumerator.Instance;
        }

        // The enumerator a finished enumeration gave back, if any: a rule enumerates the same set once per worker
        // (w.Trainings.Any(…)), and a new enumerator each time was a tenth of what a check allocated (profiled).
        var enumerator = _spare ?? new Enumerator(this);
        _spare = null;
        enumerator.Start();
        return enumerator;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks no facts: it holds no state, so any number of walks may share it.</summary>
    private sealed class EmptyEnumerator : IEnumerator<T>
    {
        public static readonly EmptyEnumerator Instance = new();

        public T Current => default!;

        object? IEnumerator.Current => Current;

        public bool MoveNext() => false;

        public void Reset()
        {
        }

        public void Dispose()
        {
        }
    }

    /// <summary>Walks the facts, counting a step for each; given back to its set when disposed, for the next walk.</summary>
    private sealed class Enumerator(FactSet<T> set) : IEnumerator<T>
    {
        private int _index;
        private bool _disposed;

        public T Current { get; private set; } = default!;

        object? IEnumerator.Current => Current;

        public void Start()
        {
            _index = 0;
            _disposed = false;
            Current = default!;
        }

        public bool MoveNext()
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_index >= set._items.Length)
            {
                Current = default!;
                return false;
            }

            set._context.Tick();
            Current = set._items[_index++];
            return true;
        }

        public void Reset() => Start();

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            // Disposed once, after its walk: from here it may serve the set's next walk, never two at a time.
            _disposed = true;
            Current = default!;
            set._spare = this;
        }
    }
}
