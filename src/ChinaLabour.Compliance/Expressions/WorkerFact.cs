using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>What rules read of a worker beyond the record's own fields: the worker's post, and the questions rules ask most.</summary>
internal sealed partial class WorkerFact
{
    private PostFact? _post;
    private WorkingHourScheduleFact? _schedule;

    /// <summary>Whether the worker is dispatched by a labour-dispatch agency.</summary>
    public bool IsDispatched => Form == EmploymentForm.Dispatched;

    /// <summary>The post the worker holds; a post the snapshot lacks makes every value read from it missing.</summary>
    public PostFact Post => _record.PostId is { } postId && !_absent
        ? _post ??= _context.PostById(postId) ?? PostFact.Absent(postId, $"posts[{postId}]", _context)
        : _context.Missing(Fact("postId"), _post ??= PostFact.Absent(string.Empty, Fact("postId"), _context));

    /// <summary>
    /// Whether the worker passed a work-safety training (<see cref="TrainingFact.IsSafety"/>) on or before <paramref name="date"/>:
    /// 先培训、后上岗 reads as <c>w.PassedSafetyTrainingBy(w.Start)</c>.
    /// </summary>
    /// <param name="date">The last day the training counts.</param>
    /// <returns>Whether such a training is on record.</returns>
    public bool PassedSafetyTrainingBy(LocalDate date)
    {
        // A loop rather than Any(lambda): the lambda captured the date, a closure a worker a check (measured). Each
        // training visited still counts a step, through the set's enumerator.
        foreach (var training in Trainings)
        {
            if (training.IsSafety && training.Passed && training.Date <= date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the worker holds a genuine certificate of <paramref name="category"/> valid on <paramref name="date"/>.</summary>
    /// <param name="category">The special-operation category.</param>
    /// <param name="date">The day it must be valid, both ends inclusive.</param>
    /// <returns>Whether such a certificate is on record.</returns>
    public bool HoldsValidCertificate(string category, LocalDate date)
    {
        foreach (var certificate in Certificates)
        {
            if (certificate.Category == category && certificate.Genuine && certificate.ValidFrom <= date && date <= certificate.ValidUntil)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The working-hour schedule the worker works under (<c>scheduleId</c>); a schedule the snapshot does not give
    /// makes every value read from it missing.
    /// </summary>
    public WorkingHourScheduleFact Schedule => _record.ScheduleId is { } id && !_absent
        ? _schedule ??= _context.Root<FactSet<WorkingHourScheduleFact>>(FactRoots.WorkingHourSchedules)?.Items.FirstOrDefault(s => s.Id == id)
            ?? new WorkingHourScheduleFact(new WorkingHourSchedule { Id = id }, $"workingHourSchedules[{id}]", _context, absent: true)
        : _context.Missing(Fact("scheduleId"), _schedule ??= new WorkingHourScheduleFact(new WorkingHourSchedule { Id = string.Empty }, Fact("scheduleId"), _context, absent: true));

    /// <summary>
    /// The working-hour system that governs the worker's hours on <paramref name="date"/>: the kind of the worker's
    /// schedule when it is standard, or approved and in force that day; standard hours otherwise, for an unapproved
    /// special schedule shelters nothing (劳动法 第三十九条). A worker who names no schedule works standard hours at an
    /// employer whose schedules on record are all standard; at an employer with a special schedule, or that gives no
    /// schedules, the worker's schedule is a missing fact.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>The working-hour system.</returns>
    public ScheduleKind HoursOn(LocalDate date)
    {
        if (_record.ScheduleId is null)
        {
            var schedules = _context.Root<FactSet<WorkingHourScheduleFact>>(FactRoots.WorkingHourSchedules);
            return schedules is not null && schedules.Items.All(s => s.Record.Kind == ScheduleKind.Standard)
                ? ScheduleKind.Standard
                : _context.Missing(Fact("scheduleId"), ScheduleKind.Standard);
        }

        var schedule = Schedule;
        if (schedule.Kind == ScheduleKind.Standard || !schedule.Approved)
        {
            return ScheduleKind.Standard;
        }

        var until = schedule.ApprovedUntil;
        return schedule.ApprovedFrom <= date && (until is null || date <= until.Value) ? schedule.Kind : ScheduleKind.Standard;
    }
}
