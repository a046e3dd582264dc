using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace Compliance.Packages.Tests;

/// <summary>Runs the <c>dotnet</c> of this machine as a user would, and keeps what it printed for the failure message.</summary>
internal static class Dotnet
{
    public static ProcessResult Run(string directory, TimeSpan timeout, params string[] args) =>
        Run(directory, timeout, new Dictionary<string, string>(), args);

    public static ProcessResult Run(string directory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(directory, environment, args);
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"dotnet {string.Join(' ', args)} ran past {timeout}:\n{output}\n{error}");
        }

        process.WaitForExit();
        return new ProcessResult(string.Join(' ', args), process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>Starts <c>dotnet</c> and leaves it running; the caller reads its output and stops it.</summary>
    public static Process Start(string directory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Isolate(start.Environment);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>
    /// The test host runs inside <c>dotnet test</c>, whose MSBuild settings must not leak into a user's build:
    /// a consumer is built by a fresh <c>dotnet</c> that finds its SDK by itself.
    /// </summary>
    private static void Isolate(IDictionary<string, string?> environment)
    {
        foreach (var key in new List<string>(environment.Keys))
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(key);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
    }
}
