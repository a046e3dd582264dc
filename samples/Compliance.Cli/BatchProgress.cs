using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Compliance.Cli;

/// <summary>
/// Progress of a batch on standard error. On a terminal, one line with a bar, redrawn in place; anywhere else (a log,
/// a pipe, a test's writer) plain lines with counts, rate and time left, at most one every few seconds, which a log
/// can keep and a script can read. The last state is always shown.
/// </summary>
internal sealed class BatchProgress
{
    private const double LineInterval = 2.0;

    // Often enough to look alive, seldom enough that drawing costs nothing next to checking.
    private const double BarInterval = 0.1;
    private const int FallbackWidth = 80;

    private readonly int _total;
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly Func<int> _width;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _last = double.NegativeInfinity;
    private bool _barOpen;

    /// <summary>
    /// Progress of <paramref name="total"/> employers on <paramref name="writer"/>, drawn as a bar when <paramref name="terminal"/>
    /// says a carriage return and an ANSI erase act on it, fitted to <paramref name="width"/> columns (by default the console window's).
    /// </summary>
    public BatchProgress(int total, TextWriter writer, bool terminal, Func<int>? width = null)
    {
        _total = total;
        _writer = writer;
        _terminal = terminal;
        _width = width ?? ConsoleWidth;
    }

    public void Report(int done)
    {
        var elapsed = _clock.Elapsed.TotalSeconds;
        if (done < _total && elapsed - _last < (_terminal ? BarInterval : LineInterval))
        {
            return;
        }

        _last = elapsed;
        var rate = elapsed > 0 ? done / elapsed : 0;
        var left = rate > 0 ? (_total - done) / rate : 0;
        if (!_terminal)
        {
            _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checked {done} of {_total} ({100.0 * done / Math.Max(1, _total):0}%), {rate:0} a second, about {left:0} s left"));
            return;
        }

        // Back to the start of the line, draw, and erase what a longer earlier line left to the right.
        _writer.Write("\r" + ProgressBar.Line(done, _total, rate, done < _total ? left : elapsed, _width()) + "\x1b[K");
        _barOpen = true;
        if (done >= _total)
        {
            Finish();
        }

        _writer.Flush();
    }

    /// <summary>Ends the bar's line, if one is drawn, so that whatever is written next starts a line of its own.</summary>
    public void Finish()
    {
        if (_barOpen)
        {
            _writer.WriteLine();
            _barOpen = false;
        }
    }

    private static int ConsoleWidth()
    {
        // With no window (a service, some CI runners) the width is 0 or cannot be read at all.
        try
        {
            return Console.WindowWidth is > 0 and var width ? width : FallbackWidth;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return FallbackWidth;
        }
    }
}
