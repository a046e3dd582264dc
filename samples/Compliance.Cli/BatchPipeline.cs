using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Compliance.Cli;

/// <summary>
/// Runs a batch as a pipeline: one thread reads and assembles the employers in input order, <c>workers</c> threads
/// check and serialise them, and the calling thread writes them back in input order. Queues are bounded by a window
/// of employers in flight (queued, being checked, or checked and waiting for an earlier one), so memory does not grow
/// with the batch whatever the order in which checks finish.
/// </summary>
/// <remarks>
/// An interrupt stops the checking threads from taking more employers; they take from a first-in-first-out queue, so
/// the employers taken, and finished, are always the first ones of the input, which the outputs can name. Those not
/// taken are handed to <c>skipped</c> in input order.
/// </remarks>
internal sealed class BatchPipeline(Func<BatchItem, CheckedEmployer> check, int workers, BatchStats stats)
{
    /// <summary>
    /// Employers in flight per checking thread: enough for the other threads to go on past one large employer for a
    /// while, few enough that an interrupt leaves most of a small batch unchecked and memory stays flat.
    /// </summary>
    private const int WindowPerWorker = 16;

    /// <summary>
    /// How many checked employers the writer, once idle, waits for before it is woken: it writes one in about a sixth of
    /// the time checking and formatting take, so woken for each it slept and woke 600,000 times on the province. Half
    /// a window's worth of one checking thread, so the window's other half keeps the checking going while the writer
    /// waits.
    /// </summary>
    private const int WriterGathers = WindowPerWorker / 2;

    /// <summary>How long the writer waits for its gathering before it writes what there is: the employer it needs may be behind a large one.</summary>
    private static readonly TimeSpan s_writerPatience = TimeSpan.FromMilliseconds(2);

    /// <summary>Runs <paramref name="items"/> through; calls <paramref name="write"/> for each employer checked, in input order, on the calling thread.</summary>
    public void Run(IEnumerable<BatchItem> items, Action<CheckedEmployer> write, Action<BatchItem> skipped, CancellationToken cancellation)
    {
        var window = new BatchWindow(WindowPerWorker * workers);
        var queue = new HandOff<(int Index, BatchItem Item)>();
        var done = new HandOff<(int Index, CheckedEmployer Employer)>(WriterGathers, s_writerPatience);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);

        // An interrupt, or a failure anywhere, stops the reader and the checking threads from taking more.
        using var wake = stop.Token.Register(() =>
        {
            window.Wake();
            queue.Wake();
        });
        ExceptionDispatchInfo? failure = null;
        void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            stop.Cancel();
        }

        using var input = items.GetEnumerator();
        var reader = Task.Factory.StartNew(() => Read(input, window, queue, Fail), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var checkers = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            checkers[i] = Task.Factory.StartNew(() => Check(queue, done, Fail), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        _ = Task.WhenAll(checkers).ContinueWith(_ => done.Complete(), TaskScheduler.Default);
        try
        {
            Write(done, write, window);
        }
        catch
        {
            // A writer that fails (a full disk) stops the other threads, which would wait for it forever.
            stop.Cancel();
            throw;
        }

        reader.Wait();
        failure?.Throw();

        // Interrupted: what was queued and not taken, then what was never read, in input order.
        while (queue.TryTakeNow(out var left))
        {
            skipped(left.Item);
        }

        while (input.MoveNext())
        {
            skipped(input.Current);
        }
    }

    /// <summary>Writes the employers checked in input order, holding those that finish early until their turn.</summary>
    private void Write(HandOff<(int Index, CheckedEmployer Employer)> done, Action<CheckedEmployer> write, BatchWindow window)
    {
        var start = stats.Start();
        var waiting = new Dictionary<int, CheckedEmployer>();
        var next = 0;
        while (done.TryTake(out var finished))
        {
            start = stats.Add(BatchStage.WriterWaits, start);
            waiting.Add(finished.Index, finished.Employer);
            while (waiting.Remove(next, out var employer))
            {
                try
                {
                    write(employer);
                }
                finally
                {
                    employer.Record?.Dispose();
                }

                next++;
                window.Release();
            }

            start = stats.Add(BatchStage.Write, start);
        }

        Debug.Assert(waiting.Count == 0, "the employers taken are a prefix of the input, so each was written");
    }

    private void Read(IEnumerator<BatchItem> input, BatchWindow window, HandOff<(int, BatchItem)> queue, Action<Exception> fail)
    {
        try
        {
            // A place first, then the next employer: an interrupt while waiting for a place leaves no employer read and lost.
            for (var index = 0; window.Take(); index++)
            {
                var start = stats.Start();
                if (!input.MoveNext())
                {
                    break;
                }

                stats.Add(BatchStage.Import, start);
                queue.Add((index, input.Current));
            }
        }
        catch (Exception e)
        {
            fail(e);
        }
        finally
        {
            queue.Complete();
        }
    }

    private void Check(HandOff<(int Index, BatchItem Item)> queue, HandOff<(int, CheckedEmployer)> done, Action<Exception> fail)
    {
        try
        {
            while (queue.TryTake(out var taken))
            {
                done.Add((taken.Index, check(taken.Item)));
            }
        }
        catch (Exception e)
        {
            fail(e);
        }
    }
}
