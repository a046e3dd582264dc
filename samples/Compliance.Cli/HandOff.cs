using System;
using System.Collections.Generic;
using System.Threading;

namespace Compliance.Cli;

/// <summary>
/// A queue between the threads of a batch that blocks a taker without spinning. The channels it replaced were waited
/// on synchronously, and a blocked wait on a task spins first: on two cores, the writer and the reader spinning for
/// their next employer took a third of the time the checking threads needed (profiled).
/// </summary>
/// <remarks>
/// A queue may <em>gather</em>: a taker that finds it empty is woken once <c>gather</c> items are there, or when it has
/// waited <c>patience</c> with at least one, rather than for each item. Waking a thread costs a system call on the
/// adding side and a reschedule on the taking one; waking threads was 7.5% of the province's processor samples on this
/// virtual machine, most of it the batch's writer, woken for every employer checked. The wait is always timed, so an item that
/// arrives alone (the one the writer needs, behind a large employer) waits at most <c>patience</c>, never for items
/// that cannot come.
/// </remarks>
/// <typeparam name="T">What is handed over.</typeparam>
/// <threadsafety>Safe for any number of threads adding and taking.</threadsafety>
internal sealed class HandOff<T>
{
    private readonly Queue<T> _items = new();
    private readonly int _gather;
    private readonly int _patience;
    private int _waiting;
    private bool _completed;
    private bool _woken;

    /// <summary>A queue whose taker is woken for each item.</summary>
    public HandOff()
        : this(1, TimeSpan.Zero)
    {
    }

    /// <summary>A queue whose taker, finding it empty, is woken for <paramref name="gather"/> items, or after <paramref name="patience"/> with fewer.</summary>
    public HandOff(int gather, TimeSpan patience)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(gather, 1);
        _gather = gather;
        _patience = gather == 1 ? Timeout.Infinite : Math.Max(1, (int)patience.TotalMilliseconds);
    }

    /// <summary>How many takers are waiting: what a test waits for before it adds, so that the taker found the queue empty.</summary>
    public int Waiting
    {
        get
        {
            lock (_items)
            {
                return _waiting;
            }
        }
    }

    /// <summary>Adds an item; wakes one thread waiting to take once there are enough to gather.</summary>
    public void Add(T item)
    {
        lock (_items)
        {
            _items.Enqueue(item);
            if (_items.Count >= _gather)
            {
                Monitor.Pulse(_items);
            }
        }
    }

    /// <summary>Says that nothing more will be added: takers return false once the queue is empty.</summary>
    public void Complete()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>Wakes every waiting taker, which then returns false: an interrupt.</summary>
    public void Wake()
    {
        lock (_items)
        {
            _woken = true;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>
    /// Takes the next item, waiting for one (for as many as the queue gathers, when it is empty); false when the queue
    /// is complete and empty, or woken by <see cref="Wake"/>.
    /// </summary>
    public bool TryTake(out T item)
    {
        lock (_items)
        {
            // A taker that finds items left takes them at once: it is behind, and gathering would only hold it further.
            var gathering = _items.Count == 0;
            var waited = false;
            while (!_woken && !_completed && (_items.Count == 0 || (gathering && _items.Count < _gather && !waited)))
            {
                // Timed out with fewer than gathered: take what is there, on the next pass.
                _waiting++;
                waited = !Monitor.Wait(_items, _patience) && _items.Count > 0;
                _waiting--;
            }

            if (_woken || !_items.TryDequeue(out item!))
            {
                item = default!;
                return false;
            }

            return true;
        }
    }

    /// <summary>Takes an item if one is there, without waiting: what an interrupt left queued.</summary>
    public bool TryTakeNow(out T item)
    {
        lock (_items)
        {
            return _items.TryDequeue(out item!);
        }
    }
}
