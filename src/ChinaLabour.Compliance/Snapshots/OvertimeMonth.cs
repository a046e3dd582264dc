using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A worker's overtime in one month.</summary>
public sealed record OvertimeMonth
{
    /// <summary>The month, written yyyy-MM.</summary>
    [Names("月份")]
    public YearMonth? Month { get; init; }

    /// <summary>Overtime hours in the month.</summary>
    [Names("加班小时", "月加班时长", "加班时长")]
    public decimal? Hours { get; init; }

    /// <summary>
    /// The most overtime hours worked on any one day of the month: hours beyond the day's standard hours, not the hours
    /// worked that day.
    /// </summary>
    [Names("日最长加班小时", "单日最长加班时长")]
    public decimal? MaxDailyHours { get; init; }

    /// <summary>
    /// Of <see cref="Hours"/>, those worked in an emergency 劳动法 第四十二条 exempts from the caps (a disaster or
    /// accident, urgent repairs to equipment, lines or public facilities); 0 when none.
    /// </summary>
    [Names("紧急情况加班小时", "不受限制加班小时")]
    public decimal? ExemptHours { get; init; }

    /// <summary>Rest days in the month.</summary>
    [Names("休息天数", "休息日天数")]
    public int? RestDays { get; init; }

    /// <summary>Weeks of the month in which the worker had no full rest day (劳动法 第三十八条: at least one a week).</summary>
    [Names("无休息日周数", "未休息周数")]
    public int? WeeksWithoutRestDay { get; init; }
}
