using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// Values worked out once per key, kept up to a bound so that input with ever new keys cannot grow it without limit:
/// past the bound a value is worked out afresh each time. Counted on its own rather than asked of the dictionary,
/// whose count takes every one of its locks.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value, immutable: every caller may hold the same one.</typeparam>
/// <threadsafety>Safe to use from many threads.</threadsafety>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);
    private int _count;

    /// <summary>The value for <paramref name="key"/>, from <paramref name="make"/> the first time (and every time past the bound).</summary>
    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> make)
    {
        if (_values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = make(key, state);
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
