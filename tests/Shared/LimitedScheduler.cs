using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Compliance.Tests.Support;

/// <summary>
/// A task scheduler of at most <c>limit</c> threads of its own, which counts the tasks queued to it: work that a test
/// runs on it, and that starts its helpers on the scheduler it runs on, shows here; work sent to the thread pool does
/// not. A task is run inline only on one of its own threads, as a bounded scheduler must.
/// </summary>
internal sealed class LimitedScheduler(int limit) : TaskScheduler
{
    [ThreadStatic]
    private static LimitedScheduler? t_owner;

    private readonly LinkedList<Task> _queue = new();
    private int _threads;
    private int _queued;

    /// <summary>How many tasks were queued to the scheduler.</summary>
    public int Queued => Volatile.Read(ref _queued);

    /// <inheritdoc/>
    public override int MaximumConcurrencyLevel => limit;

    /// <summary>Runs <paramref name="work"/> on the scheduler and waits for its result.</summary>
    public T Run<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).GetAwaiter().GetResult();

    /// <inheritdoc/>
    protected override void QueueTask(Task task)
    {
        lock (_queue)
        {
            _queue.AddLast(task);
            _queued++;
            if (_threads == limit)
            {
                return;
            }

            _threads++;
        }

        new Thread(Work) { IsBackground = true, Name = "limited scheduler" }.Start();
    }

    /// <inheritdoc/>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
    {
        if (t_owner != this)
        {
            return false;
        }

        if (taskWasPreviouslyQueued && !TryDequeue(task))
        {
            return false;
        }

        return TryExecuteTask(task);
    }

    /// <inheritdoc/>
    protected override bool TryDequeue(Task task)
    {
        lock (_queue)
        {
            return _queue.Remove(task);
        }
    }

    /// <inheritdoc/>
    protected override IEnumerable<Task> GetScheduledTasks()
    {
        lock (_queue)
        {
            return [.. _queue];
        }
    }

    private void Work()
    {
        t_owner = this;
        while (true)
        {
            Task task;
            lock (_queue)
            {
                if (_queue.First is not { } first)
                {
                    _threads--;
                    return;
                }

                task = first.Value;
                _queue.RemoveFirst();
            }

            TryExecuteTask(task);
        }
    }
}
