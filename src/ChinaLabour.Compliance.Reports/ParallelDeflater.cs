using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Deflates each zip entry written through it on several threads: the bytes are cut into chunks of a fixed size, each
/// compressed by a <see cref="DeflateJob"/> on the caller's task scheduler (the thread pool, unless the caller runs on
/// a scheduler of its own) while the caller goes on writing, and the compressed pieces are written to the zip in order
/// by the caller's thread. The cut depends only on the bytes, so the zip is the same whatever the number of threads. At
/// most two chunks a thread are in flight: memory stays flat.
/// </summary>
internal sealed class ParallelDeflater : IDisposable
{
    /// <summary>The chunk size: large enough that priming each chunk costs little, small enough to keep every thread busy.</summary>
    public const int DefaultChunkSize = 1 << 20;

    private readonly ZipWriter _zip;
    private readonly int _threads;
    private readonly int _chunkSize;
    private readonly Queue<DeflateJob> _pending = new();
    private readonly Stack<DeflateJob> _idle = new();
    private readonly Crc32 _crc = new();
    private DeflateJob _job;
    private int _used;
    private int _limit;
    private long _length;
    private bool _open;

    /// <param name="zip">Where the entries go.</param>
    /// <param name="threads">How many chunks are compressed at once; 1 compresses on the caller's thread.</param>
    /// <param name="chunkSize">How many bytes of an entry each chunk holds.</param>
    public ParallelDeflater(ZipWriter zip, int threads, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _zip = zip;
        _threads = threads;
        _chunkSize = chunkSize;
        _job = Rent();
    }

    /// <summary>Starts an entry.</summary>
    public void Begin(string name)
    {
        _zip.Begin(name);
        _crc.Reset();
        _length = 0;
        _open = true;
        Start(_job, prime: null);
    }

    /// <summary>Adds <paramref name="bytes"/> to the entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _limit - _used)
        {
            bytes.CopyTo(_job.Input.AsSpan(_used));
            _used += bytes.Length;
        }
        else
        {
            WriteOver(bytes);
        }
    }

    /// <summary>Adds <paramref name="text"/> to the entry as UTF-8.</summary>
    public void Write(string text) => Write(Encoding.UTF8.GetBytes(text));

    /// <summary>Ends the entry once all its chunks are compressed and written.</summary>
    public void End()
    {
        _job.End = _used;
        Submit(_job, last: true);
        while (_pending.Count > 0)
        {
            Drain();
        }

        _zip.End(_crc.GetCurrentHashAsUInt32(), _length);
        _open = false;
    }

    /// <summary>Waits for every chunk still being compressed, as after a failure: none outlives the writer.</summary>
    public void Dispose()
    {
        foreach (var job in _pending)
        {
            try
            {
                job.Running?.Wait();
            }
            catch (AggregateException)
            {
                // The failure that stopped the writing is the one to report.
            }
        }

        _pending.Clear();
    }

    private void WriteOver(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > _limit - _used)
        {
            var fits = _limit - _used;
            bytes[..fits].CopyTo(_job.Input.AsSpan(_used));
            _used += fits;
            bytes = bytes[fits..];

            // The next chunk is primed before this one is handed over, while its bytes are surely still here.
            var full = _job;
            full.End = _used;
            _job = Rent();
            Start(_job, full);
            Submit(full, last: false);
        }

        bytes.CopyTo(_job.Input.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>Readies <paramref name="job"/> for the entry's next chunk, primed with the end of <paramref name="prime"/>'s bytes.</summary>
    private void Start(DeflateJob job, DeflateJob? prime)
    {
        job.Prime = 0;
        if (prime is not null)
        {
            job.Prime = Math.Min(DeflateJob.Window, prime.End);
            prime.Input.AsSpan(prime.End - job.Prime, job.Prime).CopyTo(job.Input);
        }

        _used = job.Prime;
        _limit = job.Prime + _chunkSize;
    }

    private void Submit(DeflateJob job, bool last)
    {
        if (!_open)
        {
            throw new InvalidOperationException("No entry was begun.");
        }

        job.Last = last;
        var chunk = job.Input.AsSpan(job.Prime, job.End - job.Prime);
        _crc.Append(chunk);
        _length += chunk.Length;
        if (_threads == 1)
        {
            job.Running = null;
            job.Compress();
            _zip.Write(job.Compressed);
            if (!last)
            {
                _idle.Push(job);
            }

            return;
        }

        // On the caller's scheduler, which may allow fewer threads than the pool: the waits below run a job not yet
        // started on the waiting thread.
        job.Running = Task.Factory.StartNew(job.Compress, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Current);
        _pending.Enqueue(job);
        while (_pending.Count > 2 * _threads || (_pending.Count > 0 && _pending.Peek().Running!.IsCompleted))
        {
            Drain();
        }
    }

    /// <summary>Writes the oldest chunk in flight, once compressed, and keeps its job for a later chunk.</summary>
    private void Drain()
    {
        var job = _pending.Dequeue();
        job.Running!.GetAwaiter().GetResult();
        _zip.Write(job.Compressed);
        if (job != _job)
        {
            _idle.Push(job);
        }
    }

    private DeflateJob Rent() => _idle.Count > 0 ? _idle.Pop() : new DeflateJob(_chunkSize);
}
