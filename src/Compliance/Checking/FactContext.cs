using System;
using System.Collections.Generic;
using System.Linq;
using Compliance.Expressions;
using Compliance.Snapshots;
using Compliance.Validation;
using NodaTime;

namespace Compliance.Checking;

/// <summary>
/// The facts of one employer on one date, computed once and read by every rule: the workers at work that day,
/// posts by id, headcounts by employment form, and which facts are missing.
/// </summary>
internal sealed class FactContext
{
    private static readonly EvaluationBudget s_countingBudget = new(long.MaxValue, TimeSpan.FromDays(1));

    private readonly Dictionary<string, object> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _missing = new(StringComparer.Ordinal);

    public FactContext(EmployerSnapshot snapshot, LocalDate asOf, bool showIdNumbers = false)
    {
        AsOf = asOf;
        var notices = new List<Notice>();
        _roots[FactRoots.Enterprise] = new EnterpriseFact(snapshot.Enterprise);

        var posts = new Dictionary<string, PostFact>(StringComparer.Ordinal);
        if (snapshot.Posts is { } postList)
        {
            foreach (var post in postList)
            {
                // A duplicate id is reported by SnapshotValidator; the first post with it is used.
                posts.TryAdd(post.Id, new PostFact(post));
            }

            _roots[FactRoots.Posts] = new FactSet<PostFact>(posts.Values.ToArray());
        }
        else
        {
            _missing[FactRoots.Posts] = [FactRoots.Posts];
        }

        var roster = snapshot.Workers is { } workers ? ReadRoster(workers, posts, asOf) : null;
        if (roster is not null)
        {
            _roots[FactRoots.Workers] = roster.Value.Active;
            if (roster.Value.Missing.Count > 0)
            {
                _missing[FactRoots.Workers] = roster.Value.Missing;
            }
        }
        else
        {
            _missing[FactRoots.Workers] = [FactRoots.Workers];
        }

        var (workforce, workforceMissing) = ReadWorkforce(roster, snapshot.Headcount, notices);
        if (workforce is not null)
        {
            _roots[FactRoots.Workforce] = workforce;
        }
        else
        {
            _missing[FactRoots.Workforce] = workforceMissing;
        }

        Add(FactRoots.Management, snapshot.Management, m => new ManagementFact(m));
        AddSet(FactRoots.Insurance, snapshot.Insurance, (x, i) => new InsuranceFact(x, i));
        AddSet(FactRoots.Mines, snapshot.Mines, (x, _) => new MineFact(x));
        AddSet(FactRoots.TailingsPonds, snapshot.TailingsPonds, (x, _) => new TailingsPondFact(x));
        AddSet(FactRoots.HiddenDangers, snapshot.HiddenDangers, (x, _) => new HiddenDangerFact(x));
        AddSet(FactRoots.Accidents, snapshot.Accidents, (x, _) => new AccidentFact(x));
        AddSet(FactRoots.Principals, snapshot.Principals, (x, _) => new PrincipalFact(x));
        AddSet(FactRoots.WorkingHourSchedules, snapshot.WorkingHourSchedules, (x, _) => new WorkingHourScheduleFact(x));
        AddSet(FactRoots.Vehicles, snapshot.Vehicles, (x, _) => new VehicleFact(x));
        AddSet(FactRoots.Premises, snapshot.Premises, (x, _) => new PremisesFact(x));
        notices.AddRange(SnapshotValidator.Validate(snapshot, showIdNumbers));
        Notices = notices;
    }

    public LocalDate AsOf { get; }


    public IReadOnlyList<Notice> Notices { get; }

    public object? Root(string name) => _roots.GetValueOrDefault(name);

    public IReadOnlyList<string> MissingFor(string root) => _missing.GetValueOrDefault(root) ?? [];

    private void Add<TRecord>(string root, TRecord? record, Func<TRecord, object> view)
        where TRecord : class
    {
        if (record is null)
        {
            _missing[root] = [root];
        }
        else
        {
            _roots[root] = view(record);
        }
    }

    private void AddSet<TRecord, TFact>(string root, IReadOnlyList<TRecord>? records, Func<TRecord, int, TFact> view)
        where TRecord : class
    {
        Add(root, records, list => new FactSet<TFact>(list.Select(view).ToArray()));
    }

    private static (FactSet<WorkerFact> Active, IReadOnlyList<string> Missing)? ReadRoster(
        IReadOnlyList<Worker> workers, Dictionary<string, PostFact> posts, LocalDate asOf)
    {
        var active = new List<WorkerFact>();
        var missing = new List<string>();
        foreach (var worker in workers)
        {
            if (worker.Start is not { } start)
            {
                // Whether such a worker is at work on the date cannot be told.
                missing.Add($"workers[{worker.Id}].start");
                continue;
            }

            if (start <= asOf && (worker.End is not { } end || asOf <= end))
            {
                active.Add(new WorkerFact(worker, worker.PostId is { } postId ? posts.GetValueOrDefault(postId) : null));
            }
        }

        return (new FactSet<WorkerFact>(active.ToArray()), missing);
    }

    private static (WorkforceFact? Fact, IReadOnlyList<string> Missing) ReadWorkforce(
        (FactSet<WorkerFact> Active, IReadOnlyList<string> Missing)? roster, Headcount? headcount, List<Notice> notices)
    {
        if (roster is not { } r)
        {
            return headcount is null
                ? (null, ["workers", "headcount"])
                : (new WorkforceFact(headcount.LaborContract, headcount.Dispatched, headcount.Outsourced, headcount.Flexible), []);
        }

        if (r.Missing.Count > 0)
        {
            // A worker whose start is unknown may or may not count on the date: no total is known.
            return (null, r.Missing);
        }

        var counts = new Dictionary<EmploymentForm, int>();
        using (var scope = EvaluationScope.Enter(s_countingBudget))
        {
            foreach (var worker in r.Active.Items)
            {
                counts[worker.Form] = counts.GetValueOrDefault(worker.Form) + 1;
            }

            if (scope.MissingFacts.Count > 0)
            {
                // A worker of unknown form could be dispatched or not: no count is known.
                return (null, scope.MissingFacts.ToArray());
            }
        }

        if (headcount is not null)
        {
            Compare("laborContract", counts.GetValueOrDefault(EmploymentForm.LaborContract), headcount.LaborContract, notices);
            Compare("dispatched", counts.GetValueOrDefault(EmploymentForm.Dispatched), headcount.Dispatched, notices);
            Compare("outsourced", counts.GetValueOrDefault(EmploymentForm.Outsourced), headcount.Outsourced, notices);
            Compare("flexible", counts.GetValueOrDefault(EmploymentForm.Flexible), headcount.Flexible, notices);
        }

        var fact = new WorkforceFact(
            counts.GetValueOrDefault(EmploymentForm.LaborContract),
            counts.GetValueOrDefault(EmploymentForm.Dispatched),
            counts.GetValueOrDefault(EmploymentForm.Outsourced),
            counts.GetValueOrDefault(EmploymentForm.Flexible));
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
