using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A training a worker attended.</summary>
public sealed record Training
{
    /// <summary>What the training was: safety, three-level, refresher, special-operation, occupational-health, fire or other.</summary>
    [Names("培训类别", "培训类型")]
    public TrainingKind? Kind { get; init; }

    /// <summary>When the training ended.</summary>
    [Names("培训日期", "培训结束日期")]
    public LocalDate? Date { get; init; }

    /// <summary>Class hours (学时) the training gave.</summary>
    [Names("学时", "培训学时")]
    public decimal? Hours { get; init; }

    /// <summary>Whether the worker passed its assessment.</summary>
    [Names("考核合格", "是否合格", "考核结果")]
    public bool? Passed { get; init; }

    /// <summary>Whether the worker signed the training record (培训档案由本人签字).</summary>
    [Names("本人签字", "学员签字")]
    public bool? Signed { get; init; }
}
