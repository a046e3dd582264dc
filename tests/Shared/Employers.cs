using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Tests.Support;

/// <summary>Snapshots with known answers.</summary>
internal static class Employers
{
    public static readonly LocalDate AsOf = new(2024, 6, 30);

    // After the dispatch documents (2022-06-06): placements they judge, not ones their phase-out covers.
    public static readonly LocalDate Start = new(2023, 1, 1);

    /// <summary>The bundled sample snapshots (samples/data), read once, in file-name order; a sample that does not read fails here.</summary>
    public static IReadOnlyList<EmployerSnapshot> Samples { get; } = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"))
        .Order(StringComparer.Ordinal)
        .Select(SnapshotReader.ReadFile)
        .Select(read => read.Success ? read.Snapshot : throw new InvalidOperationException(read.Error.ToString()))
        .ToArray();

    public static Enterprise Shuozhou(string industry = "0610") =>
        new() { Id = "E1", Name = "朔州测试煤矿", RegionCode = "140602", IndustryCode = industry };

    public static Post Post(string id, PostNature nature, bool underground = false, bool highRisk = false, bool safetyPost = false) =>
        new() { Id = id, Name = id, Nature = nature, Underground = underground, HighRisk = highRisk, SafetyPost = safetyPost };

    public static IEnumerable<Worker> Workers(string prefix, int count, EmploymentForm form, string postId) =>
        Enumerable.Range(1, count).Select(i => new Worker { Id = $"{prefix}{i:000}", Form = form, PostId = postId, Start = Start });

    /// <summary>A mine with <paramref name="labor"/> employees and <paramref name="dispatched"/> dispatched workers.</summary>
    public static EmployerSnapshot Mine(int labor, int dispatched, string dispatchedPost = "AUX", Enterprise? enterprise = null) => new()
    {
        Enterprise = enterprise ?? Shuozhou(),
        Posts =
        [
            Post("MAIN", PostNature.Main, underground: true, highRisk: true),
            Post("AUX", PostNature.Auxiliary),
            Post("TEMP", PostNature.Temporary),
            Post("FIRE", PostNature.Auxiliary, safetyPost: true),
            Post("UG-AUX", PostNature.Auxiliary, underground: true, highRisk: true),
        ],
        Workers = [.. Workers("L", labor, EmploymentForm.LaborContract, "MAIN"), .. Workers("D", dispatched, EmploymentForm.Dispatched, dispatchedPost)],
    };
}
