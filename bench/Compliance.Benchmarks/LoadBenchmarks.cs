using BenchmarkDotNet.Attributes;
using ChinaLabour.Compliance;

namespace Compliance.Benchmarks;

/// <summary>Loading the bundled catalogue: read, parse, check every expression, compile every delegate.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    [Benchmark(Description = "load and compile bundled catalogue")]
    public CatalogueLoadResult LoadBundled() => RuleCatalogue.LoadBundled();
}
