using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

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

    /// <summary>The approval's number (批准文号), as issued.</summary>
    [Names("批准文号", "审批文号")]
    public string? ApprovalNumber { get; init; }

    /// <summary>The labour authority that approved it.</summary>
    [Names("审批机关", "批准机关")]
    public string? ApprovedBy { get; init; }

    /// <summary>First day of the approval.</summary>
    [Names("审批有效期起", "批复有效期起")]
    public LocalDate? ApprovedFrom { get; init; }

    /// <summary>Last day of the approval; <c>none</c> when the approval sets no end.</summary>
    [Names("审批有效期至", "批复有效期至")]
    public DateOrNone? ApprovedUntil { get; init; }

    /// <summary>For a comprehensive schedule (综合计算工时), the months of its calculation cycle: 1, 3, 6 or 12.</summary>
    [Names("综合计算周期月数", "计算周期月数")]
    public int? CycleMonths { get; init; }
}
