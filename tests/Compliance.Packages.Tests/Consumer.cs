using System;
using System.Collections.Generic;
using System.IO;
using Compliance.Tests.Support;

namespace Compliance.Packages.Tests;

/// <summary>A copy of one of tests/consumers, outside the repository, restoring the packages from the feed only.</summary>
internal sealed class Consumer
{
    private static readonly TimeSpan s_buildTime = TimeSpan.FromMinutes(10);

    private readonly PackageFeed _feed;

    private Consumer(PackageFeed feed, string folder)
    {
        _feed = feed;
        Folder = folder;
    }

    public string Folder { get; }

    /// <summary>Copies the consumer <paramref name="name"/>, applies <paramref name="edit"/> to its files, and builds it.</summary>
    public static Consumer Build(PackageFeed feed, string name, Func<string, string, string>? edit = null)
    {
        var folder = Path.Combine(feed.Root, name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Repository.Path("tests", "consumers", name)))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), edit?.Invoke(Path.GetFileName(file), text) ?? text);
        }

        // The feed is added to the machine's sources (which serve NodaTime, RulesEngine and the rest); the ChinaLabour
        // packages exist nowhere else, and the cache starts empty, so what is restored is what was just packed.
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="packed-here" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        var consumer = new Consumer(feed, folder);
        consumer.Dotnet("build", "-c", "Release", $"-p:ComplianceVersion={feed.Version}").ShouldSucceed($"building the {name} consumer");
        return consumer;
    }

    /// <summary>The packages the consumer's restore resolved, from its assets file.</summary>
    public string Assets => File.ReadAllText(Path.Combine(Folder, "obj", "project.assets.json"));

    /// <summary>The built program, started and left running (a web server), with this environment added.</summary>
    public System.Diagnostics.Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(Folder, "bin", "Release", "net10.0", Path.GetFileName(Folder) + ".dll");
        return Packages.Tests.Dotnet.Start(Folder, environment, [dll, .. args]);
    }

    public ProcessResult Run(params string[] args) =>
        Dotnet(["run", "-c", "Release", "--no-build", "--", .. args]);

    private ProcessResult Dotnet(params string[] args) =>
        Packages.Tests.Dotnet.Run(Folder, s_buildTime, new Dictionary<string, string> { ["NUGET_PACKAGES"] = _feed.PackagesCache }, args);
}
