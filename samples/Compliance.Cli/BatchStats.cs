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
internal sealed class BatchStats(bool enabled)
{
    private readonly long[] _ticks = new long[Enum.GetValues<BatchStage>().Length];
    private readonly long _start = Stopwatch.GetTimestamp();

    /// <summary>Now, a stage's start; nothing when the stages are not timed, for the clock costs on a virtual machine.</summary>
    public long Start() => enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Adds the time since <paramref name="since"/> (a <see cref="Start"/>) to <paramref name="stage"/>; returns now, the next stage's start.</summary>
    public long Add(BatchStage stage, long since)
    {
        if (!enabled)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[(int)stage], now - since);
        return now;
    }

    /// <summary>Seconds busy per stage, and each stage's share of the wall time (over 100% for a stage on several threads).</summary>
    public string Describe(int workers)
    {
        var wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"stages ({workers} checking thread(s), {wall:0.00} s wall):");
        foreach (var stage in Enum.GetValues<BatchStage>())
        {
            var seconds = (double)Volatile.Read(ref _ticks[(int)stage]) / Stopwatch.Frequency;
            text.Append(CultureInfo.InvariantCulture, $" {stage.ToString().ToLowerInvariant()} {seconds:0.00} s ({100 * seconds / wall:0}%),");
        }

        text.Length--;
        return text.ToString();
    }

    /// <summary>Writes <see cref="Describe"/> to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer, int workers) => writer.WriteLine(Describe(workers));
}
