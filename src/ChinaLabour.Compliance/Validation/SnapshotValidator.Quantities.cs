using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// Counts, hours, months and amounts, none of which can be negative: every such figure of the snapshot, for a negative
/// one reads as less than nothing in a rule (emergency hours of -10 would add ten hours to a month's overtime). Grades
/// (<c>standardisationLevel</c>) are not quantities and are left to the rules that read them.
/// </summary>
internal static partial class SnapshotValidator
{
    private static void CheckQuantities(EmployerSnapshot snapshot, List<Notice> notices, IdMasking masking)
    {
        if (snapshot.Headcount is { } headcount)
        {
            var owner = new Owner("headcount");
            NotNegative(headcount.LaborContract, owner, "laborContract", notices);
            NotNegative(headcount.Dispatched, owner, "dispatched", notices);
            NotNegative(headcount.Outsourced, owner, "outsourced", notices);
            NotNegative(headcount.Flexible, owner, "flexible", notices);
            NotNegative(headcount.PartTime, owner, "partTime", notices);
            NotNegative(headcount.Intern, owner, "intern", notices);
            NotNegative(headcount.OutsourcedDirected, owner, "outsourcedDirected", notices);
        }

        foreach (var post in snapshot.Posts ?? [])
        {
            NotNegative(post.ExpectedMonths, Owner.Record("posts", post.Id, masking), "expectedMonths", notices);
        }

        foreach (var worker in snapshot.Workers ?? [])
        {
            // Most workers have no overtime on record, and many no trainings: nothing to name for them.
            if (worker.Overtime is { Count: > 0 } overtime)
            {
                for (var i = 0; i < overtime.Count; i++)
                {
                    var month = overtime[i];
                    var owner = Owner.Record("workers", worker.Id, masking) with { Part = "overtime", Index = i };
                    NotNegative(month.Hours, owner, "hours", notices);
                    NotNegative(month.MaxDailyHours, owner, "maxDailyHours", notices);
                    NotNegative(month.ExemptHours, owner, "exemptHours", notices);
                    NotNegative(month.RestDays, owner, "restDays", notices);
                    NotNegative(month.WeeksWithoutRestDay, owner, "weeksWithoutRestDay", notices);
                }
            }

            if (worker.Trainings is { Count: > 0 } trainings)
            {
                for (var i = 0; i < trainings.Count; i++)
                {
                    NotNegative(trainings[i].Hours, Owner.Record("workers", worker.Id, masking) with { Part = "trainings", Index = i }, "hours", notices);
                }
            }
        }

        foreach (var schedule in snapshot.WorkingHourSchedules ?? [])
        {
            NotNegative(schedule.CycleMonths, Owner.Record("workingHourSchedules", schedule.Id, masking), "cycleMonths", notices);
        }

        if (snapshot.Management is { } management)
        {
            var owner = new Owner("management");
            NotNegative(management.SafetyStaff, owner, "safetyStaff", notices);
            NotNegative(management.RegisteredSafetyEngineers, owner, "registeredSafetyEngineers", notices);
            NotNegative(management.SafetyCostRequired, owner, "safetyCostRequired", notices);
            NotNegative(management.SafetyCostExtracted, owner, "safetyCostExtracted", notices);
        }

        foreach (var mine in snapshot.Mines ?? [])
        {
            var owner = Owner.Record("mines", mine.Id, masking);
            NotNegative(mine.CapacityMtPerYear, owner, "capacityMtPerYear", notices);
            NotNegative(mine.ManagementLevels, owner, "managementLevels", notices);
            NotNegative(mine.HiddenWorkingFaces, owner, "hiddenWorkingFaces", notices);
        }

        foreach (var accident in snapshot.Accidents ?? [])
        {
            var owner = Owner.Record("accidents", accident.Id, masking);
            NotNegative(accident.Deaths, owner, "deaths", notices);
            NotNegative(accident.HoursToReport, owner, "hoursToReport", notices);
        }
    }

    private static void NotNegative<T>(T? value, Owner owner, string member, List<Notice> notices)
        where T : struct, INumber<T>
    {
        if (value is { } given && T.IsNegative(given))
        {
            Report(owner, member, given, notices);
        }
    }

    // Apart from the test, so that the test is all each figure inlines: the message's code, inlined for each of two
    // dozen figures, made the walk over every worker's months a method of ten kilobytes, nearly a fifth slower
    // (measured).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Report<T>(Owner owner, string member, T given, List<Notice> notices)
        where T : struct, INumber<T> =>
        notices.Add(ValidationMessages.Negative($"{owner.Path()}.{member}", given));

    /// <summary>
    /// Where a quantity sits (<c>workers[W1].overtime[0]</c>), written out only for a value found negative: naming
    /// every worker's month on every check, to report nothing, was two fifths of the validation's time (profiled).
    /// </summary>
    /// <remarks>
    /// Made afresh for each record whose figures are tested, and passed by value: made once a worker, copied with each
    /// month's index and passed by reference, it took a third of the validation's time on the Shuozhou sample
    /// (measured).
    /// </remarks>
    private readonly record struct Owner(string Table)
    {
        private bool Keyed { get; init; }

        private string? Id { get; init; }

        private IdMasking Masking { get; init; }

        public string? Part { get; init; }

        public int Index { get; init; }

        /// <summary>A record of <paramref name="table"/>, named by its id as notices show it (a dash when it has none).</summary>
        public static Owner Record(string table, string? id, IdMasking masking) => new(table) { Keyed = true, Id = id, Masking = masking };

        public string Path()
        {
            if (!Keyed)
            {
                return Table;
            }

            var record = $"{Table}[{Masking.Shown(Id)}]";
            return Part is null ? record : string.Create(CultureInfo.InvariantCulture, $"{record}.{Part}[{Index}]");
        }
    }
}
