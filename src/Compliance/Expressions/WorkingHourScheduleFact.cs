using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A working-hour schedule the employer applies, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class WorkingHourScheduleFact : IFactRecord
{
    private readonly WorkingHourSchedule _record;

    internal WorkingHourScheduleFact(WorkingHourSchedule record) => _record = record;

    /// <summary>The caller's identifier for the schedule.</summary>
    public string Id => _record.Id;

    /// <summary>Standard, comprehensive (综合计算工时) or flexible (不定时).</summary>
    public ScheduleKind Kind => _record.Kind ?? EvaluationScope.Missing($"{Path}.kind", default(ScheduleKind));

    /// <summary>Whether the labour authority approved it.</summary>
    public bool Approved => _record.Approved ?? EvaluationScope.Missing($"{Path}.approved", false);

    /// <summary>Whether <see cref="ApprovedUntil"/> is given.</summary>
    public bool HasApprovedUntil => _record.ApprovedUntil.HasValue;

    /// <summary>Last day of the approval; absent when open-ended. Read it only when <see cref="HasApprovedUntil"/> is true.</summary>
    public LocalDate ApprovedUntil => _record.ApprovedUntil ?? EvaluationScope.Missing($"{Path}.approvedUntil", LocalDate.MaxIsoValue);

    string IFactRecord.RecordKind => "workingHourSchedule";

    private string Path => $"workingHourSchedules[{_record.Id}]";
}
