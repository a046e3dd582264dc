using System.Collections.Generic;
using System.Linq;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Benchmarks;

/// <summary>
/// The same four checks written directly in C# over the same objects: the baseline. It computes what the
/// checker reports (outcome, figures, evidence ids), without messages, citations or missing-fact tracking.
/// </summary>
internal static class HandWritten
{
    public static (bool Compliant, int Value, string[] Evidence)[] Check(EmployerSnapshot snapshot, LocalDate asOf)
    {
        var posts = snapshot.Posts!.ToDictionary(p => p.Id);
        var active = snapshot.Workers!.Where(w => w.Start <= asOf && (w.End is null || asOf <= w.End)).ToArray();
        var dispatched = active.Where(w => w.Form == EmploymentForm.Dispatched).ToArray();
        var total = active.Count(w => w.Form == EmploymentForm.LaborContract) + dispatched.Length;
        var ratio = total == 0 ? 0m : (decimal)dispatched.Length / total;

        var results = new List<(bool, int, string[])>(4)
        {
            (ratio <= 0.10m, dispatched.Length, ratio <= 0.10m ? [] : dispatched.Select(w => w.Id).Order().ToArray()),
        };
        results.Add(Breaking(dispatched, w => posts[w.PostId!].Nature == PostNature.Main));
        results.Add(Breaking(dispatched, w => posts[w.PostId!].SafetyPost == true));
        results.Add(Breaking(dispatched, w => posts[w.PostId!].Underground == true || posts[w.PostId!].HighRisk == true));
        return [.. results];
    }

    private static (bool, int, string[]) Breaking(Worker[] dispatched, System.Func<Worker, bool> breaks)
    {
        var found = dispatched.Where(breaks).Select(w => w.Id).Order().ToArray();
        return (found.Length == 0, found.Length, found);
    }
}
