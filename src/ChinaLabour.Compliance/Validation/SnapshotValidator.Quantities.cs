using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Validation;

/// <summary>Counts, hours and amounts, none of which can be negative.</summary>
internal static partial class SnapshotValidator
{
    private static void CheckQuantities(EmployerSnapshot snapshot, List<Notice> notices, IdMasking masking)
    {
        if (snapshot.Headcount is { } headcount)
        {
            NotNegative(headcount.LaborContract, "headcount", "laborContract", notices);
            NotNegative(headcount.Dispatched, "headcount", "dispatched", notices);
            NotNegative(headcount.Outsourced, "headcount", "outsourced", notices);
            NotNegative(headcount.Flexible, "headcount", "flexible", notices);
            NotNegative(headcount.PartTime, "headcount", "partTime", notices);
            NotNegative(headcount.Intern, "headcount", "intern", notices);
        }

        foreach (var post in snapshot.Posts ?? [])
        {
            NotNegative(post.ExpectedMonths, $"posts[{masking.Shown(post.Id)}]", "expectedMonths", notices);
        }

        foreach (var worker in snapshot.Workers ?? [])
        {
            var overtime = worker.Overtime ?? [];
            for (var i = 0; i < overtime.Count; i++)
            {
                var owner = string.Create(CultureInfo.InvariantCulture, $"workers[{masking.Shown(worker.Id)}].overtime[{i}]");
                NotNegative(overtime[i].Hours, owner, "hours", notices);
                NotNegative(overtime[i].MaxDailyHours, owner, "maxDailyHours", notices);
                NotNegative(overtime[i].RestDays, owner, "restDays", notices);
            }
        }

        if (snapshot.Management is { } management)
        {
            NotNegative(management.SafetyStaff, "management", "safetyStaff", notices);
            NotNegative(management.RegisteredSafetyEngineers, "management", "registeredSafetyEngineers", notices);
            NotNegative(management.SafetyCostRequired, "management", "safetyCostRequired", notices);
            NotNegative(management.SafetyCostExtracted, "management", "safetyCostExtracted", notices);
        }

        foreach (var mine in snapshot.Mines ?? [])
        {
            NotNegative(mine.CapacityMtPerYear, $"mines[{masking.Shown(mine.Id)}]", "capacityMtPerYear", notices);
            NotNegative(mine.ManagementLevels, $"mines[{masking.Shown(mine.Id)}]", "managementLevels", notices);
            NotNegative(mine.HiddenWorkingFaces, $"mines[{masking.Shown(mine.Id)}]", "hiddenWorkingFaces", notices);
        }

        foreach (var accident in snapshot.Accidents ?? [])
        {
            NotNegative(accident.Deaths, $"accidents[{masking.Shown(accident.Id)}]", "deaths", notices);
            NotNegative(accident.HoursToReport, $"accidents[{masking.Shown(accident.Id)}]", "hoursToReport", notices);
        }
    }

    private static void NotNegative<T>(T? value, string owner, string member, List<Notice> notices)
        where T : struct, INumber<T>
    {
        if (value is { } given && T.IsNegative(given))
        {
            notices.Add(ValidationMessages.Negative($"{owner}.{member}", given));
        }
    }
}
