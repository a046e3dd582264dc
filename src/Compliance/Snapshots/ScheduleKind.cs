namespace Compliance.Snapshots;

/// <summary>A working-hour system.</summary>
public enum ScheduleKind
{
    /// <summary>The standard working-hour system.</summary>
    Standard,

    /// <summary>The comprehensive working-hour system (综合计算工时工作制).</summary>
    Comprehensive,

    /// <summary>The flexible working-hour system (不定时工作制).</summary>
    Flexible,
}
