using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Snapshots;

namespace Compliance.Benchmarks;

/// <summary>
/// 64 employers (the Shuozhou sample, each under its own id) through the whole catalogue: <c>CheckManyAsync</c> with one
/// and with two checks at once, against the same checks in a plain loop. Shows what the reorder window and the channel
/// cost at one thread, and what a second core buys.
/// </summary>
[MemoryDiagnoser]
public class CheckManyBenchmarks
{
    private const int Employers = 64;

    private ComplianceChecker _checker = null!;
    private EmployerSnapshot[] _employers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ComplianceChecker.Create(RuleCatalogue.LoadBundled().Catalogue!);
        var sample = Workload.Sample();
        _employers = Enumerable.Range(0, Employers)
            .Select(i => sample with { Enterprise = sample.Enterprise with { Id = $"E{i:D3}" } })
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "Check in a loop")]
    public int Loop()
    {
        var violations = 0;
        foreach (var employer in _employers)
        {
            violations += _checker.Check(employer, Workload.AsOf).Violations.Count();
        }

        return violations;
    }

    [Benchmark(Description = "CheckManyAsync, 1 at once")]
    public Task<int> ManyOne() => Many(1);

    [Benchmark(Description = "CheckManyAsync, 2 at once")]
    public Task<int> ManyTwo() => Many(2);

    private async Task<int> Many(int parallelism)
    {
        var violations = 0;
        await foreach (var report in _checker.CheckManyAsync(Stream(), Workload.AsOf, new CheckManyOptions { MaxDegreeOfParallelism = parallelism }))
        {
            violations += report.Violations.Count();
        }

        return violations;
    }

    private async IAsyncEnumerable<EmployerSnapshot> Stream()
    {
        foreach (var employer in _employers)
        {
            yield return employer;
        }

        await Task.CompletedTask;
    }
}
