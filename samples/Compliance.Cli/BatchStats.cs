using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace Compliance.Cli;

/// <summary>
/// The time each stage of a batch's pipeline was busy, summed over its threads, for <c>--stats</c>: which stage
/// bounds the run. Counted with a timestamp per stage and employer, and only when asked for: reading the clock
/// of a virtual machine costs, per employer, a tenth of what checking a small one does.
/// </summary>
internal sealed class BatchStats
{
    private readonly bool _enabled;
    private readonly long[] _ticks = new long[Enum.GetValues<BatchStage>().Length];
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly TimeSpan _pausedBefore = GC.GetTotalPauseDuration();
    private readonly long _allocatedBefore = GC.GetTotalAllocatedBytes();
    private readonly int[] _collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>Stages timed when <paramref name="enabled"/>; what came before, since the process started, counted as <see cref="BatchStage.Start"/>.</summary>
    public BatchStats(bool enabled)
    {
        _enabled = enabled;
        if (enabled)
        {
            using var process = Process.GetCurrentProcess();
            var before = DateTime.Now - process.StartTime;
            _ticks[(int)BatchStage.Start] = (long)(before.TotalSeconds * Stopwatch.Frequency);
        }
    }

    /// <summary>Now, a stage's start; nothing when the stages are not timed, for the clock costs on a virtual machine.</summary>
    public long Start() => _enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="since"/> (a <see cref="Start"/>) to <paramref name="stage"/>; returns now, the next stage's start.</summary>
    public long Add(BatchStage stage, long since)
    {
        if (!_enabled)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)stage], now - since);
        return now;
    }

    /// <summary>
    /// Seconds busy per stage, and each stage's share of the wall time since the process started (over 100% for a
    /// stage on several threads); then the collector's work since the pipeline started (its pauses a share of that
    /// time), which every stage's time includes: its pauses stop all of them.
    /// </summary>
    public string Describe(int workers)
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds + (double)_ticks[(int)BatchStage.Start] / Stopwatch.Frequency;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"stages ({workers} thread(s), {wall:0.00} s wall):");
        foreach (var stage in Enum.GetValues<BatchStage>())
        {
            var seconds = (double)Volatile.Read(ref _ticks[(int)stage]) / Stopwatch.Frequency;
            text.Append(CultureInfo.InvariantCulture, $" {stage.ToString().ToLowerInvariant()} {seconds:0.00} s ({100 * seconds / wall:0}%),");
        }

        text.Length--;
        var paused = (GC.GetTotalPauseDuration() - _pausedBefore).TotalSeconds;
        var since = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        text.AppendLine().Append(
            CultureInfo.InvariantCulture,
            $"collector: paused {paused:0.00} s ({100 * paused / since:0}%), {GC.CollectionCount(0) - _collectionsBefore[0]} collections (generation 1: {GC.CollectionCount(1) - _collectionsBefore[1]}, generation 2: {GC.CollectionCount(2) - _collectionsBefore[2]}), {(GC.GetTotalAllocatedBytes() - _allocatedBefore) / 1e9:0.00} GB allocated");
        return text.ToString();
    }

    /// <summary>Writes <see cref="Describe"/> to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer, int workers) => writer.WriteLine(Describe(workers));
}
