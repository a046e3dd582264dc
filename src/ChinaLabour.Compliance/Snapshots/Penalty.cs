using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A penalty or finding against a principal.</summary>
public sealed record Penalty
{
    /// <summary>What it was.</summary>
    [Names("处罚类别", "处罚种类")]
    public PenaltyKind? Kind { get; init; }

    /// <summary>When it took effect.</summary>
    [Names("处罚日期", "生效日期")]
    public LocalDate? Date { get; init; }

    /// <summary>GB/T 4754-2017 code of the industry of the employer concerned.</summary>
    [Names("所在行业", "行业")]
    public string? Industry { get; init; }

    /// <summary>For main responsibility for an accident: its grade.</summary>
    [Names("事故等级")]
    public AccidentGrade? AccidentGrade { get; init; }
}
