using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Compliance.Cli;

/// <summary>
/// The threads a command works on (<c>batch --parallel N</c>). With one, the whole command runs on one thread: it runs
/// on a task scheduler of one thread, and everything it starts beside itself (opening the batch and its tables,
/// compiling the rules, the workbook's compression, the hashes) starts on the scheduler it runs on, and runs on that
/// thread when waited for. With more, the checking runs on N threads and the work before and after it on every
/// processor, as the thread pool gives them.
/// </summary>
/// <remarks>
/// More than one is not bounded the same way on purpose: a task that waits keeps its place on a bounded scheduler, so a
/// command bounded to two threads left a processor idle whenever one of them waited for the other (the workbook's
/// writer for a chunk being compressed, the rules for the opening). Tried on two threads: the province's workbook took
/// 10.5 and 13.1 s rather than 8.2 and 6.9 s (docs/benchmarks.md, "The province itself: thirteenth pass").
/// </remarks>
internal static class WorkThreads
{
    /// <summary>Runs <paramref name="work"/> on one thread when <paramref name="threads"/> is 1, else on the caller's, and gives its result.</summary>
    public static T Run<T>(int threads, Func<T> work)
    {
        if (threads > 1)
        {
            return work();
        }

        var one = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1).ConcurrentScheduler;
        return Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, one).GetAwaiter().GetResult();
    }

    /// <summary>Starts <paramref name="work"/> beside the caller, on the caller's task scheduler.</summary>
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Current);

    /// <summary>
    /// Waits until every one of <paramref name="tasks"/> has ended, failed or not, one after another: a task not yet
    /// started runs on the waiting thread, where waiting on all at once would wait for a thread the scheduler has not
    /// got.
    /// </summary>
    public static void WaitAll(IEnumerable<Task> tasks)
    {
        foreach (var task in tasks)
        {
            task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        }
    }
}
