using System;
using System.Collections.Generic;
using System.IO;
using ChinaLabour.Compliance.Snapshots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Compliance.Extensions.Tests.Support;

/// <summary>Hosts as an application builds them, with the checker registered and every log message captured.</summary>
internal static class Hosts
{
    public static readonly LocalDate AsOf = new(2024, 6, 30);

    public static string SampleJson { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "shuozhou-coal-mine.json"));

    public static EmployerSnapshot Sample { get; } = SnapshotReader.ReadJson(SampleJson).Snapshot!;

    /// <summary>A host with the checker registered by <paramref name="register"/>, configuration from <paramref name="settings"/>.</summary>
    public static IHost Build(CapturedLogs logs, Action<HostApplicationBuilder> register, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        register(builder);
        return builder.Build();
    }

    public static IHost Build(CapturedLogs logs, Action<IServiceCollection>? register = null) =>
        Build(logs, builder => (register ?? (s => s.AddComplianceChecker()))(builder.Services));
}
