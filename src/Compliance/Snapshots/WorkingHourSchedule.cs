using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A working-hour schedule the employer applies.</summary>
public sealed record WorkingHourSchedule
{
    /// <summary>The caller's identifier for the schedule.</summary>
    public required string Id { get; init; }

    /// <summary>Standard, comprehensive (综合计算工时) or flexible (不定时).</summary>
    public ScheduleKind? Kind { get; init; }

    /// <summary>Whether the labour authority approved it.</summary>
    public bool? Approved { get; init; }

    /// <summary>Last day of the approval; absent when open-ended.</summary>
    public LocalDate? ApprovedUntil { get; init; }
}
