using System;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Benchmarks;

/// <summary>
/// One Shuozhou mine: 200 workers (10% + 1 dispatched, some outsourced and half of those directed by the mine), 20
/// posts, starts from 2022-01-01 so that some placements fall before the dispatch document and some after; fixed, so
/// every run measures the same thing.
/// </summary>
internal static class Workload
{
    public static readonly LocalDate AsOf = new(2024, 6, 30);

    /// <summary>The bundled Shuozhou sample, which carries every kind of fact, so that every rule has work to do.</summary>
    public static EmployerSnapshot Sample()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Compliance.sln")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("run from the repository"), "samples", "data", "shuozhou-coal-mine.json");
        return SnapshotReader.ReadFile(path).Snapshot ?? throw new InvalidDataException(path);
    }

    public static EmployerSnapshot Mine()
    {
        var posts = Enumerable.Range(0, 20).Select(i => new Post
        {
            Id = $"P{i:00}",
            Nature = (PostNature)(i % 4),
            Underground = i % 3 == 0,
            HighRisk = i % 5 == 0,
            SafetyPost = i == 7,
        }).ToArray();
        var workers = Enumerable.Range(0, 200).Select(i => new Worker
        {
            Id = $"W{i:000}",
            Form = i % 10 == 0 || i == 1 ? EmploymentForm.Dispatched : i % 17 == 0 ? EmploymentForm.Outsourced : EmploymentForm.LaborContract,
            PostId = posts[i % 20].Id,
            Start = new LocalDate(2022, 1, 1).PlusDays(i),
            PostSince = new LocalDate(2022, 1, 1).PlusDays(i),
            End = i % 50 == 49 ? new LocalDate(2023, 12, 31) : null,
            DirectedByEmployer = i % 17 == 0 ? i % 2 == 0 : null,
        }).ToArray();
        return new EmployerSnapshot
        {
            Enterprise = new Enterprise { Id = "E1", RegionCode = "140602", IndustryCode = "0610" },
            Posts = posts,
            Workers = workers,
        };
    }
}
