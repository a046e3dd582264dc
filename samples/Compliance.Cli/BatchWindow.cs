using System;
using System.Threading;

namespace Compliance.Cli;

/// <summary>
/// The employers a batch may have in flight — queued, being checked, or checked and waiting for an earlier one — so
/// that memory does not grow with the batch. The reader, once it has filled the window, sleeps until half of it is
/// free again rather than waking for each slot: one wake-up per half window instead of one per employer.
/// </summary>
/// <threadsafety>One thread takes; any thread gives back.</threadsafety>
internal sealed class BatchWindow(int size)
{
    private readonly object _gate = new();
    private readonly int _wakeAt = Math.Max(1, size / 2);
    private int _free = size;
    private bool _waiting;
    private bool _woken;

    /// <summary>Takes a place for one more employer, waiting while the window is full; false when woken by <see cref="Wake"/>.</summary>
    public bool Take()
    {
        lock (_gate)
        {
            while (_free == 0 && !_woken)
            {
                _waiting = true;
                Monitor.Wait(_gate);
            }

            if (_woken)
            {
                return false;
            }

            _free--;
            return true;
        }
    }

    /// <summary>Gives back the place of an employer written.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _free++;
            if (_waiting && _free >= _wakeAt)
            {
                _waiting = false;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Wakes the taker, whose <see cref="Take"/> then returns false: an interrupt.</summary>
    public void Wake()
    {
        lock (_gate)
        {
            _woken = true;
            Monitor.PulseAll(_gate);
        }
    }
}
