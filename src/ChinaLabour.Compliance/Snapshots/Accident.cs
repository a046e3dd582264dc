using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A production safety accident at the employer.</summary>
public sealed record Accident
{
    /// <summary>The caller's identifier for the accident.</summary>
    [Names("accidentId", "事故编号")]
    public required string Id { get; init; }

    /// <summary>When it happened.</summary>
    [Names("事故日期", "发生日期")]
    public LocalDate? Date { get; init; }

    /// <summary>People killed.</summary>
    [Names("死亡人数")]
    public int? Deaths { get; init; }

    /// <summary>General, larger, major or especially major (一般、较大、重大、特别重大).</summary>
    [Names("事故等级")]
    public AccidentGrade? Grade { get; init; }

    /// <summary>Whether it was reported to the safety authority.</summary>
    [Names("已报告监管部门", "报告监管部门")]
    public bool? ReportedToAuthority { get; init; }

    /// <summary>Whether it was reported to the police.</summary>
    [Names("已报告公安机关", "报告公安")]
    public bool? ReportedToPolice { get; init; }

    /// <summary>Hours from the accident to the report.</summary>
    [Names("报告用时小时", "报告时长")]
    public decimal? HoursToReport { get; init; }
}
