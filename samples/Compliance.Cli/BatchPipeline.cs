using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Compliance.Cli;

/// <summary>
/// Runs a batch on <c>workers</c> threads, the calling thread one of them and the others started on its task scheduler
/// (<see cref="WorkThreads"/>), each reading, checking and writing employers as there is work (<see cref="BatchWork"/>):
/// the input is read in order by one worker at a time, and the outputs are written in input order by one worker at a
/// time. The employers in flight (read, being checked, or checked and waiting for an earlier one) are bounded by a
/// window, so memory does not grow with the batch whatever the order in which checks finish.
/// </summary>
/// <remarks>
/// An interrupt stops the workers from reading and taking more employers; they take in input order, so the employers
/// taken, and finished, are always the first ones of the input, which the outputs can name. Those not taken are handed
/// to <c>skipped</c> in input order. A failure anywhere (a bug in a check, a full disk) stops every worker and is thrown
/// here, on the calling thread.
/// </remarks>
/// <param name="check">Checks one employer, on any of the workers.</param>
/// <param name="workers">How many threads, the caller's one of them.</param>
/// <param name="stats">Where the stages' times go.</param>
/// <param name="windowPerWorker">Employers in flight per worker; <see cref="WindowPerWorker"/> but in tests of the mechanism.</param>
internal sealed class BatchPipeline(Func<BatchItem, CheckedEmployer> check, int workers, BatchStats stats, int windowPerWorker = BatchPipeline.WindowPerWorker)
{
    /// <summary>
    /// Employers in flight per worker: enough for the other workers to go on past a large employer rather than wait
    /// (on the province, one of 34,000–40,000 workers took 0.17–0.20 s to read and 0.18–0.67 s to check, the time of
    /// thousands of small ones), and still a bounded memory: a few hundred small employers take megabytes. With 16, the
    /// workers of a province's run waited 3.4–4.4 s in all; with 128, 2.2–2.8 s, and with the read-ahead of
    /// <see cref="BatchWork"/>, 0.6–0.9 s (docs/benchmarks.md, fifteenth pass).
    /// </summary>
    public const int WindowPerWorker = 128;

    /// <summary>Runs <paramref name="items"/> through; calls <paramref name="write"/> for each employer checked, in input order, one call at a time.</summary>
    public void Run(IEnumerable<BatchItem> items, Action<CheckedEmployer> write, Action<BatchItem> skipped, CancellationToken cancellation)
    {
        using var input = items.GetEnumerator();
        var work = new BatchWork(input, workers, windowPerWorker * workers, stats);
        using (cancellation.Register(work.Stop))
        {
            var others = new Task[workers - 1];
            for (var i = 0; i < others.Length; i++)
            {
                others[i] = Task.Factory.StartNew(() => Work(work, write), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Current);
            }

            Work(work, write);
            Task.WaitAll(others);
        }

        work.Failure?.Throw();
        foreach (var left in work.Left())
        {
            skipped(left);
        }
    }

    private void Work(BatchWork work, Action<CheckedEmployer> write)
    {
        try
        {
            while (work.Next() is { Kind: not BatchWork.Kind.Done } job)
            {
                switch (job.Kind)
                {
                    case BatchWork.Kind.Read:
                        work.Read(job.Count);
                        break;
                    case BatchWork.Kind.Check:
                        work.Checked(job.Index, check(job.Item!));
                        break;
                    default:
                        Write(job.Run!, write);
                        work.Written(job.Count);
                        break;
                }
            }
        }
        catch (Exception e)
        {
            // Recorded, never thrown here: the other workers end at their next job and the calling thread throws it.
            work.Fail(e);
        }
    }

    private void Write(IReadOnlyList<CheckedEmployer> run, Action<CheckedEmployer> write)
    {
        var start = stats.Start();
        foreach (var employer in run)
        {
            try
            {
                write(employer);
            }
            finally
            {
                employer.Record?.Dispose();
            }
        }

        stats.Add(BatchStage.Write, start);
    }
}
