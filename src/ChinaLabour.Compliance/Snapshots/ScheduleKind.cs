namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A working-hour system.</summary>
public enum ScheduleKind
{
    /// <summary>The standard working-hour system.</summary>
    [Names("标准工时", "标准工时制", "标准")]
    Standard,

    /// <summary>The comprehensive working-hour system (综合计算工时工作制).</summary>
    [Names("综合计算工时", "综合计算工时工作制", "综合工时", "综合")]
    Comprehensive,

    /// <summary>The flexible working-hour system (不定时工作制).</summary>
    [Names("不定时", "不定时工作制", "不定时工时")]
    Flexible,
}
