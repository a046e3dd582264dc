using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Benchmarks;

/// <summary>
/// The same four checks written directly in C# over the same objects: the baseline. It computes what the
/// checker reports (outcome, figures, evidence ids), without messages, citations or missing-fact tracking.
/// </summary>
internal static class HandWritten
{
    /// <summary>晋人社办发〔2022〕18号 is in force from this day; placements before it are left to the orderly withdrawal.</summary>
    private static readonly LocalDate s_inForce = new(2022, 6, 6);

    public static (bool Compliant, int Value, string[] Evidence)[] Check(EmployerSnapshot snapshot, LocalDate asOf)
    {
        var posts = snapshot.Posts!.ToDictionary(p => p.Id);
        var active = snapshot.Workers!.Where(w => w.Start <= asOf && (w.End is null || asOf <= w.End)).ToArray();
        var agency = active.Where(w => w.Form == EmploymentForm.Dispatched).ToArray();
        var directed = active.Where(w => w.Form == EmploymentForm.Outsourced && w.DirectedByEmployer == true).ToArray();
        var employees = active.Count(w => w.Form == EmploymentForm.LaborContract);
        var plain = employees + agency.Length == 0 ? 0m : (decimal)agency.Length / (employees + agency.Length);
        var outsourced = active.Count(w => w.Form == EmploymentForm.Outsourced);
        var disguised = plain > 0.10m || outsourced == 0 ? 0 : directed.Length;
        var total = employees + agency.Length + disguised;
        var ratio = total == 0 ? 0m : (decimal)(agency.Length + disguised) / total;
        var inSubstance = agency.Concat(directed).ToArray();
        var counted = disguised > 0 ? inSubstance : agency;

        var results = new List<(bool, int, string[])>(4)
        {
            (ratio <= 0.10m, agency.Length + disguised, ratio <= 0.10m ? [] : counted.Select(w => w.Id).Order().ToArray()),
        };
        results.Add(Breaking(inSubstance, w => posts[w.PostId!].Nature == PostNature.Main));
        results.Add(Breaking(inSubstance, w => posts[w.PostId!].SafetyPost == true && PlacedSince(w)));
        results.Add(Breaking(inSubstance, w => posts[w.PostId!].Underground == true && PlacedSince(w)));
        return [.. results];
    }

    private static bool PlacedSince(Worker worker) => worker.Start >= s_inForce || worker.PostSince >= s_inForce;

    private static (bool, int, string[]) Breaking(Worker[] workers, System.Func<Worker, bool> breaks)
    {
        var found = workers.Where(breaks).Select(w => w.Id).Order().ToArray();
        return (found.Length == 0, found.Length, found);
    }
}
