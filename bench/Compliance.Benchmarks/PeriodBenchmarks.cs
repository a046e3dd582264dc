using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Periods;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Benchmarks;

/// <summary>
/// The Shuozhou sample through the whole catalogue over a year and over five years: decided on its change points
/// (<see cref="ComplianceChecker.CheckPeriod"/>) against checking every day of the period, the baseline, in the same run.
/// </summary>
[MemoryDiagnoser]
public class PeriodBenchmarks
{
    private ComplianceChecker _checker = null!;
    private EmployerSnapshot _mine = null!;

    /// <summary>The period's length in years, from 2024-01-01.</summary>
    [Params(1, 5)]
    public int Years { get; set; }

    private DateInterval Period => new(new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1).PlusYears(Years).PlusDays(-1));

    [GlobalSetup]
    public void Setup()
    {
        _checker = ComplianceChecker.Create(RuleCatalogue.LoadBundled().Catalogue!);
        _mine = Workload.Sample();
    }

    [Benchmark(Baseline = true, Description = "every day")]
    public List<CheckReport> EveryDay()
    {
        var reports = new List<CheckReport>(Period.Length);
        foreach (var day in Period)
        {
            reports.Add(_checker.Check(_mine, day));
        }

        return reports;
    }

    [Benchmark(Description = "change points")]
    public PeriodReport ChangePoints() => _checker.CheckPeriod(_mine, Period);
}
