using BenchmarkDotNet.Attributes;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;

namespace Compliance.Benchmarks;

/// <summary>
/// The Shuozhou sample (110 workers, every kind of fact) through the whole bundled catalogue: the figure an HR
/// system sees per call. The baseline is the four dispatch rules on the same employer, so the ratio shows how cost
/// grows with the catalogue.
/// </summary>
[MemoryDiagnoser]
public class FullCatalogueBenchmarks
{
    private ComplianceChecker _four = null!;
    private ComplianceChecker _all = null!;
    private EmployerSnapshot _mine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _four = ComplianceChecker.Create(DispatchCatalogue.Load());
        _all = ComplianceChecker.Create(RuleCatalogue.LoadBundled().Catalogue!);
        _mine = Workload.Sample();
    }

    [Benchmark(Baseline = true, Description = "4 dispatch rules")]
    public CheckReport Four() => _four.Check(_mine, Workload.AsOf);

    [Benchmark(Description = "whole catalogue")]
    public CheckReport All() => _all.Check(_mine, Workload.AsOf);
}
