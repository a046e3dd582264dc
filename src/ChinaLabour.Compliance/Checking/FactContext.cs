using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Validation;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// The facts of one employer on one date, built once and read by every rule: the views of what the snapshot gives
/// (<see cref="FactRoots.Declared"/>), the workers at work that day, headcounts by employment form, and which facts
/// are missing. The views are placed in the check's <see cref="EvaluationContext"/>, which the compiled rules read.
/// </summary>
internal sealed class FactContext
{
    // By the fact's place in EvaluationContext.Roots (FactNeeds): each rule asks after the facts it needs, and a lookup
    // by name hashed and compared the name every time, for every rule of every check.
    private readonly IReadOnlyList<string>?[] _missing = new IReadOnlyList<string>?[FactRoots.Count];
    // One list for the check's rules, refilled by each: most rules of a batch lack the same whole tables, and their
    // shared result is found by comparing, so a new array a rule was waste (measured).
    private readonly List<string> _gaps = [];
    private readonly EvaluationContext _evaluation;

    private static readonly int s_forms = Enum.GetValues<EmploymentForm>().Length;

    public FactContext(EmployerSnapshot snapshot, EvaluationContext evaluation, bool showIdNumbers = false)
    {
        _evaluation = evaluation;
        var notices = new List<Notice>();
        var given = snapshot;

        // Rules read codes as the standards write them, whatever the export added: B0610 is 0610, 140600 is 1406.
        snapshot = snapshot with
        {
            Enterprise = snapshot.Enterprise with
            {
                IndustryCode = snapshot.Enterprise.IndustryCode is { } industry ? CodeForms.Industry(industry) : null,
                RegionCode = snapshot.Enterprise.RegionCode is { } region ? CodeForms.Region(region) : null,
            },
        };
        // The roster is read below: rules read the workers at work on the date.
        foreach (var declared in FactRoots.Declared.Where(d => d.Name != FactRoots.Workers))
        {
            Place(declared.Name, declared.Name == FactRoots.Posts ? Posts(snapshot, evaluation) : declared.View(snapshot, evaluation));
        }

        var roster = snapshot.Workers is { } workers ? ReadRoster(workers, evaluation) : null;
        if (roster is { } r)
        {
            Place(FactRoots.Workers, r.Active);
            Place(FactRoots.Roster, r.Started);
            if (r.Missing.Count > 0)
            {
                _missing[FactRoots.IndexOf(FactRoots.Workers)] = r.Missing;
                _missing[FactRoots.IndexOf(FactRoots.Roster)] = r.Missing;
            }
        }
        else
        {
            _missing[FactRoots.IndexOf(FactRoots.Workers)] = [FactRoots.Workers];
            _missing[FactRoots.IndexOf(FactRoots.Roster)] = [FactRoots.Workers];
        }

        var (workforce, workforceMissing) = ReadWorkforce(roster, snapshot.Headcount, evaluation, notices);
        Place(FactRoots.Workforce, workforce);
        if (workforce is null)
        {
            _missing[FactRoots.IndexOf(FactRoots.Workforce)] = workforceMissing;
        }

        notices.AddRange(SnapshotValidator.Validate(given, showIdNumbers));
        Notices = notices;
    }

    public IReadOnlyList<Notice> Notices { get; }

    /// <summary>The facts missing of the fact at <paramref name="root"/> (<see cref="FactRoots.IndexOf"/>); empty when none is.</summary>
    public IReadOnlyList<string> MissingFor(int root) => _missing[root] ?? [];

    /// <summary>Whether a fact of those <paramref name="roots"/> stand for is missing.</summary>
    public bool Lacks(FactNeeds roots)
    {
        for (var i = 0; i < roots.Count; i++)
        {
            if (MissingFor(roots[i]).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The facts missing of those <paramref name="roots"/> stand for, each once, in order of first appearance.</summary>
    /// <returns>A new array; the shared empty one when none is missing, as for most rules a check decides.</returns>
    /// <remarks>
    /// Asked first whether any is: the query made a delegate and two iterators for every result that was not
    /// compliant, mostly to find nothing (profiled on the province).
    /// </remarks>
    public string[] MissingOf(FactNeeds roots) =>
        Lacks(roots) ? roots.Indices.SelectMany(MissingFor).Distinct(StringComparer.Ordinal).ToArray() : [];

    /// <summary>
    /// The facts missing of those <paramref name="roots"/> stand for, distinct and in ordinal order; empty when none is.
    /// </summary>
    /// <returns>A span valid until the next call: copy what is kept.</returns>
    public ReadOnlySpan<string> Gaps(FactNeeds roots)
    {
        _gaps.Clear();
        for (var i = 0; i < roots.Count; i++)
        {
            _gaps.AddRange(MissingFor(roots[i]));
        }

        var gaps = CollectionsMarshal.AsSpan(_gaps);
        return gaps[..FactOrder.Settle(gaps)];
    }

    private void Place(string root, object? view)
    {
        if (view is null)
        {
            _missing[FactRoots.IndexOf(root)] ??= [root];
        }
        else
        {
            _evaluation.Roots[FactRoots.IndexOf(root)] = view;
        }
    }

    private static FactSet<PostFact>? Posts(EmployerSnapshot snapshot, EvaluationContext evaluation)
    {
        if (snapshot.Posts is not { } list)
        {
            return null;
        }

        // A duplicate id is reported by SnapshotValidator; the first post with it is used.
        var posts = new Dictionary<string, PostFact>(StringComparer.Ordinal);
        foreach (var post in PostFact.ViewsOf(list, null, FactRoots.Posts, evaluation))
        {
            posts.TryAdd(post.Id, post);
        }

        evaluation.UsePosts(posts);
        return FactSet<PostFact>.Of(posts.Values.ToArray(), evaluation);
    }

    private static (FactSet<WorkerFact> Active, FactSet<WorkerFact> Started, IReadOnlyList<string> Missing)? ReadRoster(
        IReadOnlyList<Worker> workers, EvaluationContext evaluation)
    {
        // Counted, then filled: each set is an array of its size, the views' own when it holds every worker, with no
        // list grown and copied for it.
        var views = WorkerFact.ViewsOf(workers, null, FactRoots.Workers, evaluation);
        var missing = new List<string>();
        var asOf = evaluation.AsOf;
        var (activeCount, startedCount) = (0, 0);
        foreach (var worker in views)
        {
            if (worker.Record.Start is null)
            {
                // Whether such a worker is at work on the date cannot be told.
                missing.Add($"{worker.Path}.start");
            }
            else if (Started(worker))
            {
                startedCount++;
                activeCount += AtWork(worker) ? 1 : 0;
            }
        }

        var started = startedCount == views.Length ? views : new WorkerFact[startedCount];
        var active = activeCount == views.Length ? views : new WorkerFact[activeCount];
        var (s, a) = (0, 0);
        foreach (var worker in views)
        {
            if (Started(worker))
            {
                started[s++] = worker;
                if (AtWork(worker))
                {
                    active[a++] = worker;
                }
            }
        }

        return (FactSet<WorkerFact>.Of(active, evaluation), FactSet<WorkerFact>.Of(started, evaluation), missing);

        bool Started(WorkerFact worker) => worker.Record.Start is { } start && start <= asOf;

        bool AtWork(WorkerFact worker) => worker.Record.End is not { } end || asOf <= end;
    }

    private static (WorkforceFact? Fact, IReadOnlyList<string> Missing) ReadWorkforce(
        (FactSet<WorkerFact> Active, FactSet<WorkerFact> Started, IReadOnlyList<string> Missing)? roster, Headcount? headcount, EvaluationContext evaluation, List<Notice> notices)
    {
        if (roster is not { } r)
        {
            return headcount is null
                ? (null, [FactRoots.Workers, "headcount"])
                : (new WorkforceFact(
                    new WorkforceCounts(headcount.LaborContract, headcount.Dispatched, headcount.Outsourced, headcount.Flexible, headcount.PartTime, headcount.OutsourcedDirected),
                    "headcount",
                    evaluation), []);
        }

        if (r.Missing.Count > 0)
        {
            // A worker whose start is unknown may or may not count on the date: no total is known.
            return (null, r.Missing);
        }

        // By the form's value: a dictionary hashed the form of every worker of every check.
        var counts = new int[s_forms];
        var unknownForms = new List<string>();
        var directed = 0;
        var directedGaps = new List<string>();
        foreach (var worker in r.Active.Items)
        {
            if (worker.Record.Form is { } form)
            {
                // A typed caller's value outside the enumeration counts under no form, as no rule reads it.
                if ((uint)form < (uint)counts.Length)
                {
                    counts[(int)form]++;
                }

                if (form == EmploymentForm.Outsourced)
                {
                    // Only a rule that reads the directed count needs the flag: a worker without it leaves that count unknown.
                    if (worker.Record.DirectedByEmployer is { } isDirected)
                    {
                        directed += isDirected ? 1 : 0;
                    }
                    else
                    {
                        directedGaps.Add($"{worker.Path}.directedByEmployer");
                    }
                }
            }
            else
            {
                unknownForms.Add($"{worker.Path}.form");
            }
        }

        if (unknownForms.Count > 0)
        {
            // A worker of unknown form could be dispatched or not: no count is known.
            return (null, unknownForms.Order(StringComparer.Ordinal).ToArray());
        }

        if (headcount is not null)
        {
            Compare("laborContract", counts[(int)EmploymentForm.LaborContract], headcount.LaborContract, notices);
            Compare("dispatched", counts[(int)EmploymentForm.Dispatched], headcount.Dispatched, notices);
            Compare("outsourced", counts[(int)EmploymentForm.Outsourced], headcount.Outsourced, notices);
            Compare("flexible", counts[(int)EmploymentForm.Flexible], headcount.Flexible, notices);
        }

        var fact = new WorkforceFact(
            new WorkforceCounts(
                counts[(int)EmploymentForm.LaborContract],
                counts[(int)EmploymentForm.Dispatched],
                counts[(int)EmploymentForm.Outsourced],
                counts[(int)EmploymentForm.Flexible],
                counts[(int)EmploymentForm.PartTime],
                directedGaps.Count > 0 ? null : directed),
            FactRoots.Workforce,
            evaluation,
            directedGaps,
            evaluation.TracksReads ? r.Active.Items.Select(w => $"{w.Path}.form").ToArray() : null);
        return (fact, []);
    }

    private static void Compare(string form, int roster, int? headcount, List<Notice> notices)
    {
        if (headcount is { } given && given != roster)
        {
            notices.Add(CheckMessages.HeadcountDisagrees(form, roster, given));
        }
    }
}
