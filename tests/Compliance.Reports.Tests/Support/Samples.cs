using System;
using System.IO;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Periods;
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

    /// <summary>The Shuozhou coal mine over 2024.</summary>
    public static PeriodReport ShuozhouYear => s_checker.Value.CheckPeriod(Read("shuozhou-coal-mine.json"), new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));

    /// <summary>What changes for the Shuozhou coal mine in the year after <see cref="AsOf"/>.</summary>
    public static ForecastReport ShuozhouForecast => s_checker.Value.Forecast(Read("shuozhou-coal-mine.json"), AsOf, AsOf.PlusYears(1));

    /// <summary>What changes for the compliant employer in the 30 days after <see cref="AsOf"/>: nothing.</summary>
    public static ForecastReport CompliantForecast => s_checker.Value.Forecast(Read("compliant-employer.json"), AsOf, AsOf.PlusDays(30));

    private static EmployerSnapshot Read(string file)
    {
        var read = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", file));
        return read.Success ? read.Snapshot : throw new InvalidOperationException(string.Join("\n", read.Errors));
    }

    public static CheckReport Check(string file)
    {
        var read = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", file));
        return read.Success ? s_checker.Value.Check(read.Snapshot, AsOf) : throw new InvalidOperationException(string.Join("\n", read.Errors));
    }
}
