using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// Checks that a snapshot agrees with itself before any rule reads it: ids unique, every worker's post among the
/// posts, end dates not before start dates, counts and hours not negative, the credit code well formed. A finding
/// is a <see cref="Notice"/>, not an error: the check goes on with what the snapshot says.
/// </summary>
/// <remarks>
/// Worker ids that have the shape of a resident ID number are masked in every notice. The credit code is checked
/// for length, code set and check character only: a region code retired since the code was issued is not a fault.
/// No list holds a null record here: the checker refuses such a snapshot before it reads any fact (NullRecords).
/// </remarks>
internal static partial class SnapshotValidator
{
    /// <summary>How many workers a notice names before it ends the list with an ellipsis.</summary>
    public const int MaxWorkersNamed = 5;

    /// <summary>Every inconsistency found in <paramref name="snapshot"/>: credit code, posts, workers, then counts and hours.</summary>
    public static IReadOnlyList<Notice> Validate(EmployerSnapshot snapshot, bool showIdNumbers = false)
    {
        var masking = new IdMasking(showIdNumbers);
        var notices = new List<Notice>();
        if (snapshot.Enterprise.CreditCode is { } code)
        {
            var result = UnifiedSocialCreditCode.Validate(code);
            if (!result.IsValid)
            {
                notices.Add(ValidationMessages.InvalidCreditCode(masking.Shown(code), result.Reason));
            }
        }

        CheckCodes(snapshot.Enterprise, notices);
        if (snapshot.Posts is { } posts)
        {
            foreach (var (id, count) in Duplicates(posts, static p => p.Id))
            {
                notices.Add(ValidationMessages.DuplicatePost(masking.Shown(id), count));
            }
        }

        if (snapshot.Workers is { } workers)
        {
            CheckWorkers(workers, snapshot.Posts, notices, masking);
        }

        CheckQuantities(snapshot, notices, masking);
        return notices;
    }

    private static void CheckCodes(Enterprise enterprise, List<Notice> notices)
    {
        if (enterprise.RegionCode is { } region)
        {
            var table = RegionCodes.Default;

            // A province or prefecture given as such (14, 1406, 140000, 140600) is a known region, not an unknown code.
            var digits = CodeForms.Region(region);
            if (digits.Length is 2 or 4 && table.TryGetPrefix(digits, out _))
            {
                // Known: rules for a finer area say they cannot tell.
            }
            else if (!table.TryGet(region, out var known))
            {
                notices.Add(ValidationMessages.UnknownRegion(region, table.FirstYear, table.AsOf));
            }
            else if (known is { IsCurrent: false, Until: { } retired })
            {
                // The codes that took the area over when the code was given up, not those that got part of it earlier.
                var successors = known.Successors.Where(s => s.Year == retired).Select(s => s.Code).ToArray();
                notices.Add(ValidationMessages.RetiredRegion(region, known.FullName, retired, successors));
            }
        }

        if (enterprise.IndustryCode is { } industry && !IndustryCodes.Default.TryGet(industry, out _))
        {
            notices.Add(ValidationMessages.UnknownIndustry(industry));
        }
    }

    private static void CheckWorkers(IReadOnlyList<Worker> workers, IReadOnlyList<Post>? posts, List<Notice> notices, IdMasking masking)
    {
        foreach (var (id, count) in Duplicates(workers, static w => w.Id))
        {
            notices.Add(ValidationMessages.DuplicateWorker(masking.Shown(id), count));
        }

        // Without a post list every reference is unresolved; that is a missing fact, not an inconsistency.
        if (posts is not null && Unresolved(workers, posts) is { } unresolved)
        {
            foreach (var group in unresolved.GroupBy(w => w.PostId!, StringComparer.Ordinal))
            {
                var named = group.Take(MaxWorkersNamed).Select(w => masking.Shown(w.Id)).ToArray();
                notices.Add(ValidationMessages.UnknownPost(group.Key, named, group.Count()));
            }
        }

        for (var i = 0; i < workers.Count; i++)
        {
            var worker = workers[i];
            if (worker.IdNumber is { } number)
            {
                if (ResidentIdNumber.Fault(number) is { } reason)
                {
                    notices.Add(ValidationMessages.InvalidIdNumber(masking.Shown(worker.Id), masking.Number(number), reason));
                }
            }

            if (worker.Start is { } start && worker.End is { } end && end < start)
            {
                notices.Add(ValidationMessages.EndBeforeStart(masking.Shown(worker.Id), start, end));
            }
        }
    }

    /// <summary>The workers whose post is not among <paramref name="posts"/>, in order; null when every post is.</summary>
    private static List<Worker>? Unresolved(IReadOnlyList<Worker> workers, IReadOnlyList<Post> posts)
    {
        // Grouped only when one is found: at most employers every worker's post is known, and the grouping found none.
        var known = new HashSet<string?>(posts.Count, StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++)
        {
            known.Add(posts[i].Id);
        }

        List<Worker>? unresolved = null;
        for (var i = 0; i < workers.Count; i++)
        {
            if (workers[i].PostId is { } postId && !known.Contains(postId))
            {
                (unresolved ??= []).Add(workers[i]);
            }
        }

        return unresolved;
    }

    /// <summary>Each id of <paramref name="records"/> given more than once, with how many times, in the order of first appearance.</summary>
    private static IEnumerable<(string? Id, int Count)> Duplicates<T>(IReadOnlyList<T> records, Func<T, string?> id)
    {
        // Grouped only when an id repeats: grouping every worker's id made a group for each, on every check.
        var seen = new HashSet<string?>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (!seen.Add(id(records[i])))
            {
                return records.GroupBy(id, StringComparer.Ordinal)
                    .Where(g => g.Count() > 1)
                    .Select(g => (g.Key, g.Count()));
            }
        }

        return [];
    }
}
