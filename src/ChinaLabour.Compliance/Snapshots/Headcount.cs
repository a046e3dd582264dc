namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// Totals by employment form on the as-of date, for employers that give totals instead of a roster.
/// When a roster is given too, the roster is used and a disagreement is reported as a notice.
/// </summary>
public sealed record Headcount
{
    /// <summary>Employees under labour contracts.</summary>
    [Names("劳动合同用工人数", "劳动合同人数")]
    public int? LaborContract { get; init; }

    /// <summary>Dispatched workers.</summary>
    [Names("劳务派遣人数", "被派遣劳动者人数", "派遣人数")]
    public int? Dispatched { get; init; }

    /// <summary>Outsourced workers.</summary>
    [Names("劳务外包人数", "外包人数")]
    public int? Outsourced { get; init; }

    /// <summary>Of <see cref="Outsourced"/>, those whose daily work the employer itself directs in its own posts (假外包真派遣).</summary>
    [Names("由本单位管理指挥的外包人数", "假外包人数")]
    public int? OutsourcedDirected { get; init; }

    /// <summary>Flexible workers.</summary>
    [Names("灵活用工人数")]
    public int? Flexible { get; init; }

    /// <summary>Part-time workers.</summary>
    [Names("非全日制用工人数", "非全日制人数")]
    public int? PartTime { get; init; }

    /// <summary>Interns.</summary>
    [Names("实习人数", "实习生人数")]
    public int? Intern { get; init; }
}
