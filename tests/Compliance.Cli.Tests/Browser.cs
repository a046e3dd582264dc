using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit.Abstractions;

namespace Compliance.Cli.Tests;

/// <summary>
/// Headless Chromium for the tests that look at a report as a reader would. .ci/run installs Debian's chromium; on a
/// machine without it these tests say so and pass only outside CI.
/// </summary>
internal static class Browser
{
    private static readonly string? s_chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);

    public static bool Available(ITestOutputHelper output)
    {
        if (s_chromium is not null)
        {
            return true;
        }

        output.WriteLine("chromium is not installed: the HTML report was not rendered (.ci/run installs it)");

        // CI installs chromium (.ci/run); there, a missing browser is a failure, not a skip.
        Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI must render the HTML report in Chromium; .ci/run installs it");
        return false;
    }

    /// <summary>Runs Chromium with <paramref name="args"/>; returns what it wrote on standard output.</summary>
    public static string Run(string profileParent, params string[] args) => Run(profileParent, new Dictionary<string, string>(), args);

    /// <summary>Runs Chromium with <paramref name="environment"/> added to its own; returns what it wrote on standard output.</summary>
    public static string Run(string profileParent, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(s_chromium!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(profileParent, "profile")}",
        })
        {
            start.ArgumentList.Add(flag);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("chromium renders a page in well under a minute");
        return output.Result;
    }
}
