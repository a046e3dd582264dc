using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance;

/// <summary>Checking many employers at once, for batches fed from a database, a queue or a folder.</summary>
public sealed partial class ComplianceChecker
{
    /// <summary>
    /// Checks every employer <paramref name="snapshots"/> gives, several at once, and gives their reports in the
    /// order the snapshots came.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The checks run on thread-pool threads, at most <see cref="CheckManyOptions.MaxDegreeOfParallelism"/> at once;
    /// at most twice that many snapshots are read ahead of the report being waited for, so memory stays bounded however
    /// long the sequence. A slow employer holds back the reports after it, not the checks.
    /// </para>
    /// <para>
    /// Cancelled, the run stops promptly: checks under way stop between rules, no further report is given, and
    /// enumerating throws <see cref="OperationCanceledException"/>; every report given before is whole. A snapshot the
    /// checker refuses (null, without an enterprise, or with a null record in a list) throws the
    /// <see cref="ArgumentException"/> <see cref="Check(EmployerSnapshot, LocalDate)"/> throws in its place, after the
    /// reports before it.
    /// </para>
    /// </remarks>
    /// <param name="snapshots">The employers' records, read once, in order.</param>
    /// <param name="asOf">The date to check them as of.</param>
    /// <param name="options">Parallelism and progress; the defaults when <see langword="null"/>.</param>
    /// <param name="cancellation">Stops the run.</param>
    /// <returns>One report per snapshot, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid; the message lists every problem.</exception>
    public IAsyncEnumerable<CheckReport> CheckManyAsync(
        IAsyncEnumerable<EmployerSnapshot> snapshots, LocalDate asOf, CheckManyOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        options ??= new CheckManyOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        return CheckInOrder(snapshots, asOf, options, cancellation);
    }

    private async IAsyncEnumerable<CheckReport> CheckInOrder(
        IAsyncEnumerable<EmployerSnapshot> snapshots, LocalDate asOf, CheckManyOptions options, [EnumeratorCancellation] CancellationToken cancellation)
    {
        // The reorder buffer: one pending report per snapshot read, in input order; the workers take the snapshots
        // from the channel in the same order, so the oldest pending report is always the first to be started.
        var window = 2 * options.MaxDegreeOfParallelism;
        var pending = new Queue<Task<CheckReport>>(window);
        var work = Channel.CreateUnbounded<(EmployerSnapshot Snapshot, TaskCompletionSource<CheckReport> Report)>(
            new UnboundedChannelOptions { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var workers = new Task[options.MaxDegreeOfParallelism];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => Work(work.Reader, asOf, stop.Token), CancellationToken.None);
        }

        var progress = default(CheckManyProgress);
        try
        {
            await foreach (var snapshot in snapshots.WithCancellation(cancellation).ConfigureAwait(false))
            {
                var report = new TaskCompletionSource<CheckReport>(TaskCreationOptions.RunContinuationsAsynchronously);
                pending.Enqueue(report.Task);
                work.Writer.TryWrite((snapshot, report));
                if (pending.Count < window)
                {
                    continue;
                }

                var next = await Next(pending, cancellation).ConfigureAwait(false);
                progress = progress.After(next);
                options.Progress?.Report(progress);
                yield return next;
            }

            while (pending.Count > 0)
            {
                var next = await Next(pending, cancellation).ConfigureAwait(false);
                progress = progress.After(next);
                options.Progress?.Report(progress);
                yield return next;
            }
        }
        finally
        {
            // Reached at the end, on an error, on cancellation, or when the caller stops reading early: the checks
            // still running stop, and none outlives the enumeration.
            work.Writer.TryComplete();
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
            foreach (var left in pending)
            {
                // Observed, so that a check that failed after the caller stopped reading raises no unobserved exception.
                _ = left.Exception;
            }
        }
    }

    /// <summary>The oldest pending report, once it is ready; cancellation is seen before it is given.</summary>
    private static async Task<CheckReport> Next(Queue<Task<CheckReport>> pending, CancellationToken cancellation)
    {
        var report = await pending.Peek().WaitAsync(cancellation).ConfigureAwait(false);
        _ = pending.Dequeue();
        cancellation.ThrowIfCancellationRequested();
        return report;
    }

    /// <summary>One worker: checks snapshots from the channel until it is completed; never throws.</summary>
    private async Task Work(ChannelReader<(EmployerSnapshot Snapshot, TaskCompletionSource<CheckReport> Report)> work, LocalDate asOf, CancellationToken stop)
    {
        while (await work.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (work.TryRead(out var item))
            {
                if (stop.IsCancellationRequested)
                {
                    item.Report.TrySetCanceled(stop);
                    continue;
                }

                try
                {
                    item.Report.TrySetResult(Check(item.Snapshot, asOf, stop));
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    item.Report.TrySetCanceled(stop);
                }
                catch (Exception e)
                {
                    item.Report.TrySetException(e);
                }
            }
        }
    }
}
