using System;
using System.IO;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

public sealed class RuntimeConfigTests
{
    [Fact]
    public void The_built_command_line_runs_on_the_server_collector()
    {
        // The batch's figures in docs/benchmarks.md rest on it, and a misspelt MSBuild property drops it without a word.
        using var config = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Compliance.Cli.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.TryGetProperty("System.GC.Server", out var server).Should().BeTrue("the project sets ServerGarbageCollection");
        server.GetBoolean().Should().BeTrue();
    }
}
