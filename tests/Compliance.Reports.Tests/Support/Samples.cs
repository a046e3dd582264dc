using System;
using System.IO;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Reports.Tests.Support;

/// <summary>Reports of the bundled sample snapshots, checked with the bundled catalogue as of 2024-06-30.</summary>
internal static class Samples
{
    public static readonly LocalDate AsOf = new(2024, 6, 30);

    private static readonly Lazy<RuleCatalogue> s_catalogue = new(() =>
        RuleCatalogue.LoadBundled().Catalogue ?? throw new InvalidOperationException("the bundled catalogue does not load"));

    private static readonly Lazy<ComplianceChecker> s_checker = new(() => ComplianceChecker.Create(s_catalogue.Value));

    public static RuleCatalogue Catalogue => s_catalogue.Value;

    /// <summary>The Shuozhou coal mine: critical and major violations, quoted from national and Shanxi documents.</summary>
    public static CheckReport Shuozhou => Check("shuozhou-coal-mine.json");

    /// <summary>An employer that keeps every rule that binds it.</summary>
    public static CheckReport Compliant => Check("compliant-employer.json");

    public static CheckReport Check(string file)
    {
        var read = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", file));
        return read.Success ? s_checker.Value.Check(read.Snapshot, AsOf) : throw new InvalidOperationException(string.Join("\n", read.Errors));
    }
}
