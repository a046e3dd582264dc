using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace Compliance.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and TERM for the whole process, registered before anything else runs, so that start-up is covered
/// too. The first asks the command under way to stop through <see cref="Stop"/>: a batch then writes what it checked,
/// lists what it did not, and exits 130. The second ends the process at once, also with 130, leaving a batch's
/// folder as its manifest says: incomplete.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    public const string Stopping = "interrupted: stopping; what was checked is being written (press Ctrl-C again to stop at once, leaving the outputs incomplete)";
    public const string StoppingNow = "interrupted again: stopping now; the outputs are left incomplete";

    private readonly CancellationTokenSource _stop = new();
    private readonly TextWriter _stderr;
    private readonly Action<int> _exit;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _received;

    /// <summary>Interrupts told on <paramref name="stderr"/>; a second one calls <paramref name="exit"/> with 130.</summary>
    public Interrupts(TextWriter stderr, Action<int> exit)
    {
        _stderr = stderr;
        _exit = exit;
    }

    /// <summary>Cancelled by the first interrupt.</summary>
    public CancellationToken Stop => _stop.Token;

    /// <summary>Handles SIGINT and SIGTERM for the process until disposed.</summary>
    public static Interrupts Register(TextWriter stderr)
    {
        var interrupts = new Interrupts(stderr, Environment.Exit);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            interrupts._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // Handled here: the runtime's own response would end the process before anything is written.
                context.Cancel = true;
                interrupts.Receive();
            }));
        }

        return interrupts;
    }

    /// <summary>One interrupt, as a signal delivers it.</summary>
    public void Receive()
    {
        if (Interlocked.Increment(ref _received) == 1)
        {
            _stderr.WriteLine(Stopping);
            _stop.Cancel();
            return;
        }

        _stderr.WriteLine(StoppingNow);
        _stderr.Flush();
        _exit(ExitCodes.Interrupted);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }
}
