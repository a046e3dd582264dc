using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// The pipeline's workers sharing the jobs (<see cref="BatchWork"/>): whatever order the checks end in, every employer
/// is written once, in input order, one write at a time; the input is read by one worker at a time and never more than
/// the window ahead of the writing; one worker does everything on the calling thread; an interrupt leaves a prefix
/// written and the rest listed in order; a failure in a check or a write is thrown to the caller.
/// </summary>
public sealed class BatchWorkTests
{
    /// <summary>The window per worker these tests run with: smaller than the batch's, so that a few hundred employers fill it.</summary>
    private const int Window = 16;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Every_employer_is_written_once_in_input_order_whatever_order_the_checks_end_in(int workers)
    {
        var trace = new Trace(300);
        var written = new List<string>();
        var skipped = new List<string>();

        Run(workers, trace, Slow(trace, seed: workers), e => trace.Write(() => written.Add(e.Entry.Source)), skipped.Add);

        written.Should().Equal(trace.Names);
        skipped.Should().BeEmpty();
        trace.MostReading.Should().Be(1, "the input is read by one worker at a time");
        trace.MostWriting.Should().Be(1, "the outputs are written by one worker at a time");
        trace.MostAhead.Should().BeLessThanOrEqualTo(Window * workers).And.BePositive();
    }

    [Fact]
    public void One_worker_reads_checks_and_writes_each_employer_in_turn_on_the_calling_thread()
    {
        var trace = new Trace(40);
        var caller = Environment.CurrentManagedThreadId;
        var steps = new List<string>();
        var threads = new HashSet<int>();

        Run(1, trace, item =>
        {
            steps.Add("check " + item.Source);
            threads.Add(Environment.CurrentManagedThreadId);
            return Checked(item);
        }, e =>
        {
            steps.Add("write " + e.Entry.Source);
            threads.Add(Environment.CurrentManagedThreadId);
        }, _ => { });

        threads.Should().Equal(caller);
        trace.Reads.Should().Equal(trace.Names.Select(n => (n, Environment.CurrentManagedThreadId)));
        steps.Should().Equal(trace.Names.SelectMany(n => new[] { "check " + n, "write " + n }));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void An_interrupt_leaves_a_prefix_written_and_the_rest_skipped_in_order(int workers)
    {
        var trace = new Trace(500);
        using var stop = new CancellationTokenSource();
        var written = new List<string>();
        var skipped = new List<string>();
        var slow = Slow(trace, seed: 7);
        var startedAfter = 0;

        // Set once Cancel has returned, that is once the pipeline's own callback has stopped the taking. The token's
        // flag alone came too early: it is up before the callbacks run, and a worker could take and start more than one
        // check in between (seen about once in ten runs).
        var stopped = false;

        Run(workers, trace, item =>
        {
            if (Volatile.Read(ref stopped))
            {
                Interlocked.Increment(ref startedAfter);
            }

            return slow(item);
        }, e => trace.Write(() =>
        {
            written.Add(e.Entry.Source);
            if (written.Count == 100)
            {
                stop.Cancel();
                Volatile.Write(ref stopped, true);
            }
        }), skipped.Add, stop.Token);

        written.Should().HaveCountGreaterThanOrEqualTo(100).And.HaveCountLessThanOrEqualTo(100 + (Window * workers));
        written.Concat(skipped).Should().Equal(trace.Names, "nothing is lost, nothing is done twice, and the order holds");
        startedAfter.Should().BeLessThanOrEqualTo(workers, "only a check already handed out when the interrupt took effect may start after it");
    }

    [Fact]
    public void A_slow_employer_holds_the_reading_at_the_window()
    {
        var trace = new Trace(200);
        var written = new List<string>();

        // The others go on past the slow one until the window is full: then they wait, and nothing more is read.
        Run(2, trace, item =>
        {
            if (item.Source == "e0010")
            {
                Thread.Sleep(300);
            }

            return Checked(item);
        }, e => trace.Write(() => written.Add(e.Entry.Source)), _ => { });

        trace.MostAhead.Should().Be(2 * Window);
        written.Should().Equal(trace.Names);
    }

    [Fact]
    public void While_one_worker_reads_a_slow_employer_the_other_checks_what_was_read_ahead()
    {
        var trace = new Trace(200, slowRead: "e0150");
        var checkedDuringSlowRead = 0;

        // Checks slower than reads, so that the read-ahead fills before the slow employer is read.
        Run(2, trace, item =>
        {
            if (trace.SlowReading)
            {
                Interlocked.Increment(ref checkedDuringSlowRead);
            }

            Thread.SpinWait(20_000);
            return Checked(item);
        }, _ => { }, _ => { });

        // Up to half the window of two workers (16) waits to be checked. Reading only while fewer waited than there are
        // workers, at most the seven read before it in the same read job did (6–7 seen), and the other worker waited.
        checkedDuringSlowRead.Should().BeGreaterThan(8, "the other worker checks what was read ahead rather than wait");
    }

    [Fact]
    public void An_interrupt_before_the_start_checks_nothing_and_skips_everything()
    {
        var trace = new Trace(20);
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        var skipped = new List<string>();

        Run(2, trace, _ => throw new InvalidOperationException("nothing is checked"), _ => throw new InvalidOperationException("nothing is written"), skipped.Add, stop.Token);

        skipped.Should().Equal(trace.Names);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failing_check_stops_the_run_and_is_thrown_to_the_caller(int workers)
    {
        var trace = new Trace(200);
        var skipped = new List<string>();

        var run = () => Run(workers, trace, item => item.Source == "e0050" ? throw new InvalidOperationException("a bug in a check") : Checked(item), _ => { }, skipped.Add);

        run.Should().Throw<InvalidOperationException>().WithMessage("a bug in a check");
        skipped.Should().BeEmpty("a failed run lists nothing as skipped: it is not an interrupt");
        trace.Reads.Should().HaveCountLessThan(200, "the reading stops");
    }

    [Fact]
    public void A_failing_write_is_thrown_to_the_caller_as_it_was()
    {
        var trace = new Trace(200);
        var writes = 0;

        var run = () => Run(2, trace, Checked, _ =>
        {
            if (++writes == 30)
            {
                throw new IOException("No space left on device");
            }
        }, _ => { });

        run.Should().Throw<IOException>().WithMessage("No space left on device");
        writes.Should().Be(30, "no write comes after the failed one");
    }

    [Fact]
    public void The_workers_run_on_the_callers_scheduler_and_nowhere_else()
    {
        var trace = new Trace(200);
        var scheduler = new LimitedScheduler(3);
        var threads = new HashSet<string?>();

        scheduler.Run(() =>
        {
            Run(3, trace, item =>
            {
                lock (threads)
                {
                    threads.Add(Thread.CurrentThread.Name);
                }

                return Checked(item);
            }, _ => { }, _ => { });
            return 0;
        });

        threads.Should().ContainSingle().Which.Should().Be("limited scheduler", "the workers start on the scheduler the batch runs on, which --parallel 1 makes one of one thread");
        scheduler.Queued.Should().Be(3, "the caller's task and the two other workers");
    }

    private static void Run(int workers, Trace trace, Func<BatchItem, CheckedEmployer> check, Action<CheckedEmployer> write, Action<string> skipped, CancellationToken stop = default) =>
        new BatchPipeline(check, workers, new BatchStats(enabled: false), Window).Run(trace.Items(), write, item => skipped(item.Source), stop);

    private static CheckedEmployer Checked(BatchItem item) => new(new BatchEntry(item.Source, null, []), null, null, null);

    /// <summary>A check that takes a seeded, varied time, so that checks end out of input order.</summary>
    private static Func<BatchItem, CheckedEmployer> Slow(Trace trace, int seed)
    {
        var spins = trace.Names.Select((_, i) => new Random(seed * 1_000 + i).Next(0, 3) == 0 ? 200_000 : 2_000).ToArray();
        return item =>
        {
            Thread.SpinWait(spins[int.Parse(item.Source.AsSpan(1), provider: null)]);
            return Checked(item);
        };
    }

    /// <summary>The input, counting who reads it, how many read or write at once, and how far ahead of the writing it is read.</summary>
    private sealed class Trace(int count, string? slowRead = null)
    {
        private readonly object _gate = new();
        private int _reading;
        private int _writing;
        private int _written;
        private bool _slowReading;

        public string[] Names { get; } = [.. Enumerable.Range(0, count).Select(i => $"e{i:0000}")];

        public List<(string Name, int Thread)> Reads { get; } = [];

        public int MostReading { get; private set; }

        public int MostWriting { get; private set; }

        public int MostAhead { get; private set; }

        /// <summary>Whether the employer named slow is being read (a fifth of a second).</summary>
        public bool SlowReading => Volatile.Read(ref _slowReading);

        public IEnumerable<BatchItem> Items()
        {
            foreach (var name in Names)
            {
                lock (_gate)
                {
                    MostReading = Math.Max(MostReading, ++_reading);
                    Reads.Add((name, Environment.CurrentManagedThreadId));
                    MostAhead = Math.Max(MostAhead, Reads.Count - _written);
                }

                // Long enough for a second reader, were there one, to come in.
                Thread.SpinWait(1_000);
                if (name == slowRead)
                {
                    Volatile.Write(ref _slowReading, true);
                    Thread.Sleep(200);
                    Volatile.Write(ref _slowReading, false);
                }

                lock (_gate)
                {
                    _reading--;
                }

                yield return new BatchItem(name, name, () => throw new InvalidOperationException("the test's check reads nothing"));
            }
        }

        public void Write(Action write)
        {
            lock (_gate)
            {
                MostWriting = Math.Max(MostWriting, ++_writing);
            }

            write();
            Thread.SpinWait(1_000);
            lock (_gate)
            {
                _writing--;
                _written++;
            }
        }
    }
}
