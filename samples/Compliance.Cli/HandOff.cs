using System.Collections.Generic;
using System.Threading;

namespace Compliance.Cli;

/// <summary>
/// A queue between the threads of a batch that blocks a taker without spinning. The channels it replaced were waited
/// on synchronously, and a blocked wait on a task spins first: on two cores, the writer and the reader spinning for
/// their next employer took a third of the time the checking threads needed (profiled).
/// </summary>
/// <typeparam name="T">What is handed over.</typeparam>
/// <threadsafety>Safe for any number of threads adding and taking.</threadsafety>
internal sealed class HandOff<T>
{
    private readonly Queue<T> _items = new();
    private bool _completed;
    private bool _woken;

    /// <summary>Adds an item and wakes one thread waiting to take.</summary>
    public void Add(T item)
    {
        lock (_items)
        {
            _items.Enqueue(item);
            Monitor.Pulse(_items);
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

    /// <summary>Takes the next item, waiting for one; false when the queue is complete and empty, or woken by <see cref="Wake"/>.</summary>
    public bool TryTake(out T item)
    {
        lock (_items)
        {
            while (!_woken && !_items.TryPeek(out _) && !_completed)
            {
                Monitor.Wait(_items);
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
