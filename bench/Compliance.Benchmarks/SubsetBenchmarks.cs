using BenchmarkDotNet.Attributes;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;

namespace Compliance.Benchmarks;

/// <summary>
/// The Shuozhou sample through forty-eight rules of twelve documents, a third of the catalogue, by the catalogue and by
/// hand in the same run
/// (<see cref="HandWrittenCatalogue"/>); the setup fails unless both decide alike with the same evidence.
/// </summary>
[MemoryDiagnoser]
public class SubsetBenchmarks
{
    private ComplianceChecker _checker = null!;
    private EmployerSnapshot _mine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ComplianceChecker.Create(HandWrittenCatalogue.Load());
        _mine = Workload.Sample();
        HandWrittenCatalogue.AssertSame(HandWrittenCatalogue.Check(_mine, Workload.AsOf), _checker.Check(_mine, Workload.AsOf));
    }

    [Benchmark(Baseline = true, Description = "48 rules hand-written")]
    public object HandWrittenRules() => HandWrittenCatalogue.Check(_mine, Workload.AsOf);

    [Benchmark(Description = "48 rules by the catalogue")]
    public CheckReport Catalogue() => _checker.Check(_mine, Workload.AsOf);
}
