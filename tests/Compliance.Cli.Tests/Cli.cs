using System;
using System.IO;
using System.Threading;
using NodaTime;
using NodaTime.Testing;

namespace Compliance.Cli.Tests;

/// <summary>Runs the command line in-process, as a user would from a shell, on a clock fixed at 2024-06-30 in China.</summary>
internal static class Cli
{
    public static string Samples { get; } = Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Rules { get; } = Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>The 300 generated employers and two broken exports of samples/batch/employers.</summary>
    public static string Batch { get; } = Path.Combine(AppContext.BaseDirectory, "batch");

    /// <summary>The sample employers as CSV tables, with tables.xlsx beside them.</summary>
    public static string Tables { get; } = Path.Combine(AppContext.BaseDirectory, "tables");

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(new StringWriter(), default, args);

    /// <summary>Runs with <paramref name="stderr"/> as standard error and <paramref name="stop"/> as the interrupt Program would give.</summary>
    public static (int Exit, string Out, string Err) Run(StringWriter stderr, CancellationToken stop, params string[] args)
    {
        var stdout = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new FakeClock(Instant.FromUtc(2024, 6, 30, 2, 0)), stop);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Sample(string name) => Path.Combine(Samples, name);
}
