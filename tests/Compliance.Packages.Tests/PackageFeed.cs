using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Tests.Support;

namespace Compliance.Packages.Tests;

/// <summary>
/// The shipped packages, packed once per test run from the working tree into a folder that serves as the consumers'
/// only source of them. Consumers restore into a packages folder of their own, so a package packed by an earlier run
/// (same id, same version) can never stand in for this one.
/// </summary>
public sealed partial class PackageFeed : IDisposable
{
    /// <summary>The packages, in the order a user meets them.</summary>
    public static readonly string[] Ids =
    [
        "ChinaLabour.Compliance",
        "ChinaLabour.Compliance.Spreadsheets",
        "ChinaLabour.Compliance.Reports",
        "ChinaLabour.Compliance.Extensions",
    ];

    public PackageFeed()
    {
        Root = Directory.CreateTempSubdirectory("compliance-packages-").FullName;
        Folder = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        PackagesCache = Path.Combine(Root, "nuget-packages");
        foreach (var id in Ids)
        {
            Dotnet.Run(Repository.Root, TimeSpan.FromMinutes(10),
                "pack", Repository.Path("src", id, id + ".csproj"), "-c", "Release", "-o", Folder).ShouldSucceed($"dotnet pack {id}");
        }

        var core = Path.GetFileName(Directory.GetFiles(Folder, "ChinaLabour.Compliance.*.nupkg").Single(f => VersionOfCore().IsMatch(Path.GetFileName(f))));
        Version = VersionOfCore().Match(core).Groups[1].Value;
    }

    /// <summary>A temporary folder holding the feed, the consumers' package cache and their copies.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into.</summary>
    public string Folder { get; }

    /// <summary>Where consumers restore packages to; empty at the start of each run.</summary>
    public string PackagesCache { get; }

    /// <summary>The packages' version, as packed.</summary>
    public string Version { get; }

    public string Package(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    public string Symbols(string id) => Path.Combine(Folder, $"{id}.{Version}.snupkg");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A consumer process still closing a file; the folder is in the temp directory and goes with it.
        }
    }

    [GeneratedRegex(@"^ChinaLabour\.Compliance\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex VersionOfCore();
}
