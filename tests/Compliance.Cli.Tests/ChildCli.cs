using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace Compliance.Cli.Tests;

/// <summary>The built command line in a process of its own, for what only a process can be sent: signals.</summary>
internal static class ChildCli
{
    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the command line with <paramref name="environment"/> added to this process's own.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Compliance.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    public static async Task Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Reads standard error up to the first progress line, so that the batch is known to be part-way.</summary>
    public static async Task<string> UntilFirstProgress(Process process)
    {
        var seen = string.Empty;
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            seen += line + "\n";
            if (line.StartsWith("checked ", StringComparison.Ordinal))
            {
                return seen;
            }
        }

        throw new InvalidOperationException("the batch ended without progress: " + seen);
    }

    /// <summary>A folder of <paramref name="copies"/> copies of the sample batch: long enough to be stopped part-way on any machine.</summary>
    public static string CopiesOfTheSampleBatch(int copies)
    {
        var input = Directory.CreateTempSubdirectory("batch-in-").FullName;
        foreach (var file in Directory.GetFiles(Cli.Batch))
        {
            for (var copy = 0; copy < copies; copy++)
            {
                File.Copy(file, Path.Combine(input, $"{copy}-{Path.GetFileName(file)}"));
            }
        }

        return input;
    }
}
