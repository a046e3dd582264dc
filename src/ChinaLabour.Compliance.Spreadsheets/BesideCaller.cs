using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Work started beside the caller's on the task scheduler the caller runs on, not always on the thread pool: a caller
/// that bounds its threads (the CLI's <c>--parallel</c> runs its work on a scheduler that allows that many at once)
/// bounds this work too, and a caller on an ordinary thread gets the pool, as before.
/// </summary>
internal static class BesideCaller
{
    /// <summary>Starts <paramref name="work"/> on the caller's task scheduler.</summary>
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Current);

    /// <summary>
    /// Waits until every one of <paramref name="tasks"/> has ended, failed or not, one after another: a task its
    /// scheduler has not started yet runs on the waiting thread, so that a scheduler of one thread, busy with the
    /// caller, cannot leave the caller waiting for ever (waiting on all at once would).
    /// </summary>
    public static void WaitAll(IEnumerable<Task> tasks)
    {
        foreach (var task in tasks)
        {
            task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }
}
