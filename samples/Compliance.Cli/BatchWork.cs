using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Compliance.Cli;

/// <summary>
/// What a batch's workers share: the employers read and waiting to be checked, those checked and waiting for their turn
/// to be written, and who holds the two jobs only one worker may hold at a time, reading (the input is read in order)
/// and writing (the outputs are written in input order). Each worker asks <see cref="Next"/> for a job, does it outside
/// the lock, and says it is done; a worker with nothing to do sleeps until another's job gives it one.
/// </summary>
/// <remarks>
/// <para>
/// Every worker does every job, so a batch keeps as many threads busy as it was given and no more. The pipeline before
/// this one gave the reading and the writing a thread each beside the checking threads: with one checking thread the
/// reader already took part of the second core, so a second checking thread added little (1.39× on the province), and
/// with two the four threads took turns on two cores, each employer read on one core and checked on another.
/// </para>
/// <para>
/// Writing comes first, as it frees room in the window; then reading (a few employers at a time), while fewer employers
/// wait to be checked than the read-ahead; then checking. So one worker reads a few employers, then checks and writes
/// each in turn; and of two, one waits only while the other holds the job it needs and nothing read is left to check.
/// </para>
/// <para>
/// The employers taken to be checked are always the first ones of the input: they are taken in input order. An
/// interrupt stops the reading and the taking; what was taken is still checked and written, and the employers read and
/// not taken are <see cref="Left"/>, in input order.
/// </para>
/// </remarks>
/// <threadsafety>Safe for any number of workers; the input is read by one at a time.</threadsafety>
internal sealed class BatchWork(IEnumerator<BatchItem> input, int workers, int window, BatchStats stats)
{
    /// <summary>
    /// The most employers one read job reads. Reading several in a row hands the reading from worker to worker less
    /// often: on the province the workers waited 3.2–3.3 s in all against 4.6–4.8 s reading one at a time (the wall
    /// times overlapped: 64.9–68.7 s against 65.4–71.1 s).
    /// </summary>
    private const int ReadAtOnce = 8;

    /// <summary>
    /// How many employers may wait, read, to be checked before a worker would rather check than read. With other
    /// workers, half the window: the input is read by one worker at a time, and while it reads a large employer (one
    /// of 40,000 workers took a fifth of a second on the province) the others check what was read ahead instead of
    /// waiting. On the province, with two workers, the workers waited 0.6–0.9 s in all against 2.2–2.8 s with only as
    /// many read ahead as there are workers, and switched threads a third as often (docs/benchmarks.md, fifteenth
    /// pass). With one worker nobody else would check them: it reads only when nothing is left to check.
    /// </summary>
    private readonly int _readAhead = workers == 1 ? 1 : Math.Max(workers, window / 2);

    private readonly object _gate = new();
    private readonly Queue<(int Index, BatchItem Item)> _ready = new();
    private readonly Dictionary<int, CheckedEmployer> _checked = [];
    private readonly List<CheckedEmployer> _run = [];
    private int _read;
    private int _written;
    private int _checking;
    private int _sleeping;
    private bool _reading;
    private bool _writing;
    private bool _inputEnded;
    private bool _stopped;
    private ExceptionDispatchInfo? _failure;

    /// <summary>The kinds of job.</summary>
    public enum Kind
    {
        /// <summary>Read the next <see cref="Job.Count"/> employers of the input: <see cref="Read"/>.</summary>
        Read,

        /// <summary>Check <see cref="Job.Item"/>, then hand it in: <see cref="Checked"/>.</summary>
        Check,

        /// <summary>Write <see cref="Job.Run"/> in order, then <see cref="Written"/>.</summary>
        Write,

        /// <summary>Nothing is left to do, or the run failed: the worker ends.</summary>
        Done,
    }

    /// <summary>The failure that ended the run, if one did: the first one.</summary>
    public ExceptionDispatchInfo? Failure
    {
        get
        {
            lock (_gate)
            {
                return _failure;
            }
        }
    }

    /// <summary>The next job, waiting while there is none yet.</summary>
    public Job Next()
    {
        lock (_gate)
        {
            while (true)
            {
                if (_failure is not null)
                {
                    return new Job(Kind.Done, -1, 0, null, null);
                }

                if (!_writing && _checked.ContainsKey(_written))
                {
                    _writing = true;
                    _run.Clear();
                    for (var next = _written; _checked.Remove(next, out var employer); next++)
                    {
                        _run.Add(employer);
                    }

                    return new Job(Kind.Write, _written, _run.Count, null, _run);
                }

                // Reading first while fewer wait than the read-ahead, so that a worker that ends a job finds one.
                var room = _reading || _inputEnded || _stopped ? 0 : window - (_read - _written);
                if (room > 0 && _ready.Count < _readAhead)
                {
                    _reading = true;
                    return new Job(Kind.Read, _read, Math.Min(room, ReadAtOnce), null, null);
                }

                if (!_stopped && _ready.TryDequeue(out var ready))
                {
                    _checking++;
                    return new Job(Kind.Check, ready.Index, 1, ready.Item, null);
                }

                if (!_reading && !_writing && _checking == 0 && _checked.Count == 0 && (_inputEnded || _stopped))
                {
                    // The last job is done: the sleepers end too.
                    Monitor.PulseAll(_gate);
                    return new Job(Kind.Done, -1, 0, null, null);
                }

                var start = stats.Start();
                _sleeping++;
                Monitor.Wait(_gate);
                _sleeping--;
                stats.Add(BatchStage.Waits, start);
            }
        }
    }

    /// <summary>Reads the next <paramref name="count"/> employers (the worker given <see cref="Kind.Read"/>), outside the lock, for the workers to take.</summary>
    public void Read(int count)
    {
        var start = stats.Start();
        for (var i = 0; i < count; i++)
        {
            var item = input.MoveNext() ? input.Current : null;
            lock (_gate)
            {
                if (item is null)
                {
                    _inputEnded = true;
                    break;
                }

                _ready.Enqueue((_read++, item));
                Wake();
                if (_stopped)
                {
                    // Interrupted: the employer just read is left, with the others read and not taken.
                    break;
                }
            }
        }

        stats.Add(BatchStage.Import, start);
        lock (_gate)
        {
            _reading = false;
            Wake();
        }
    }

    /// <summary>Hands in the employer checked at <paramref name="index"/>, for its turn to be written.</summary>
    public void Checked(int index, CheckedEmployer employer)
    {
        lock (_gate)
        {
            _checking--;
            _checked.Add(index, employer);
            Wake();
        }
    }

    /// <summary>Says that the run of <see cref="Kind.Write"/> was written, which frees its room in the window.</summary>
    public void Written(int count)
    {
        lock (_gate)
        {
            _writing = false;
            _written += count;
            Wake();
        }
    }

    /// <summary>Stops the reading and the taking: an interrupt. What was taken is still checked and written.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Ends the run with <paramref name="failure"/> (the first one counts): every worker ends at its next job.</summary>
    public void Fail(Exception failure)
    {
        lock (_gate)
        {
            _failure ??= ExceptionDispatchInfo.Capture(failure);
            _stopped = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The employers not checked, in input order, once every worker has ended: those read and not taken, then those never read.</summary>
    public IEnumerable<BatchItem> Left()
    {
        (int Index, BatchItem Item)[] taken;
        bool ended;
        lock (_gate)
        {
            (taken, ended) = ([.. _ready], _inputEnded);
            _ready.Clear();
        }

        foreach (var (_, item) in taken)
        {
            yield return item;
        }

        while (!ended && input.MoveNext())
        {
            yield return input.Current;
        }
    }

    // Woken only when a worker sleeps: with as many workers as cores, most jobs end with every worker busy.
    private void Wake()
    {
        if (_sleeping > 0)
        {
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// A job: its kind, the input place of its first employer and how many it covers; the employer to check, or the
    /// employers to write.
    /// </summary>
    public readonly record struct Job(Kind Kind, int Index, int Count, BatchItem? Item, IReadOnlyList<CheckedEmployer>? Run);
}
