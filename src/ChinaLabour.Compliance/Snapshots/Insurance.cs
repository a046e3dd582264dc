using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A safety production liability insurance policy (安全生产责任保险).</summary>
public sealed record Insurance
{
    /// <summary>The insurer.</summary>
    [Names("保险公司", "承保机构")]
    public string? Insurer { get; init; }

    /// <summary>First day of cover.</summary>
    [Names("保险起期", "起保日期")]
    public LocalDate? From { get; init; }

    /// <summary>Last day of cover.</summary>
    [Names("保险止期", "终保日期")]
    public LocalDate? Until { get; init; }
}
