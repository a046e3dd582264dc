using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Snapshots;

namespace Compliance.Benchmarks;

/// <summary>One employer through the four bundled dispatch rules, against the same checks written by hand.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private ComplianceChecker _checker = null!;
    private EmployerSnapshot _mine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checker = ComplianceChecker.Create(DispatchCatalogue.Load());
        _mine = Workload.Mine();

        // Both sides must reach the same decisions and evidence, or the ratio means nothing.
        var byHand = HandWritten.Check(_mine, Workload.AsOf);
        var report = _checker.Check(_mine, Workload.AsOf);
        for (var i = 0; i < byHand.Length; i++)
        {
            var result = report.Results[i];
            var same = byHand[i].Compliant == (result.Outcome == Outcome.Compliant)
                && byHand[i].Evidence.SequenceEqual(result.Evidence.Select(e => e.Id));
            if (!same)
            {
                throw new InvalidOperationException($"hand-written and catalogue disagree on {result.Rule.Id}: {result.Outcome}");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public object HandWrittenChecks() => HandWritten.Check(_mine, Workload.AsOf);

    [Benchmark(Description = "catalogue on RulesEngine")]
    public CheckReport Catalogue() => _checker.Check(_mine, Workload.AsOf);
}
