using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Compliance.Cli;

/// <summary>Progress lines with counts, rate and time left; at most one every few seconds, and the last one always.</summary>
internal sealed class BatchProgress
{
    private static readonly double s_interval = 2.0;

    private readonly int _total;
    private readonly TextWriter _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _last = double.NegativeInfinity;

    public BatchProgress(int total, TextWriter writer)
    {
        _total = total;
        _writer = writer;
    }

    public void Report(int done)
    {
        var elapsed = _clock.Elapsed.TotalSeconds;
        if (done < _total && elapsed - _last < s_interval)
        {
            return;
        }

        _last = elapsed;
        var rate = elapsed > 0 ? done / elapsed : 0;
        var left = rate > 0 ? (_total - done) / rate : 0;
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checked {done} of {_total} ({100.0 * done / System.Math.Max(1, _total):0}%), {rate:0} a second, about {left:0} s left"));
    }
}
