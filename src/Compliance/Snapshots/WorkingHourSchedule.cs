namespace Compliance.Snapshots;

/// <summary>A working-hour schedule the employer applies.</summary>
public sealed record WorkingHourSchedule
{
    /// <summary>The caller's identifier for the schedule.</summary>
    [Names("scheduleId", "工时制度编号")]
    public required string Id { get; init; }

    /// <summary>Standard, comprehensive (综合计算工时) or flexible (不定时).</summary>
    [Names("工时制度类别", "工时制度")]
    public ScheduleKind? Kind { get; init; }

    /// <summary>Whether the labour authority approved it.</summary>
    [Names("已审批", "经审批")]
    public bool? Approved { get; init; }

    /// <summary>Last day of the approval; <c>none</c> when the approval sets no end.</summary>
    [Names("审批有效期至", "批复有效期至")]
    public DateOrNone? ApprovedUntil { get; init; }
}
