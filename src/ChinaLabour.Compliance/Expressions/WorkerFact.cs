using System;
using System.Collections.Generic;
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
        if (Stated(_record.Trainings, static t => t.Kind is not null && t.Passed is not null && t.Date is not null) is { } trainings)
        {
            for (var i = 0; i < trainings.Count; i++)
            {
                var training = trainings[i];
                _context.Tick();
                if (TrainingFact.IsSafetyKind(training.Kind!.Value) && training.Passed!.Value && training.Date!.Value <= date)
                {
                    return true;
                }
            }

            return false;
        }

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
        if (Stated(_record.Certificates, static c => c.Category is not null && c.Genuine is not null && c.ValidFrom is not null && c.ValidUntil is not null) is { } certificates)
        {
            for (var i = 0; i < certificates.Count; i++)
            {
                var certificate = certificates[i];
                _context.Tick();
                if (certificate.Category == category && certificate.Genuine!.Value && certificate.ValidFrom!.Value <= date && date <= certificate.ValidUntil!.Value)
                {
                    return true;
                }
            }

            return false;
        }

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
    /// The worker's <paramref name="records"/> when the question can be answered from them directly: the worker is on
    /// record, the check does not trace its reads, and every record states each field the question reads
    /// (<paramref name="stated"/>). The answer, and the steps counted, are then what the views give, and no view is
    /// made: a view for each training of each worker, made to be read once, was two fifths of what the training rule
    /// allocated on a 200-worker mine (measured). Null otherwise: the views then name what is missing, as before.
    /// </summary>
    private IReadOnlyList<T>? Stated<T>(IReadOnlyList<T>? records, Func<T, bool> stated)
    {
        if (_absent || _context.TracksReads || records is null)
        {
            return null;
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (!stated(records[i]))
            {
                return null;
            }
        }

        return records;
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
