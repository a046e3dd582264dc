using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A tailings pond (尾矿库) the employer owns.</summary>
public sealed record TailingsPond
{
    /// <summary>The caller's identifier for the pond.</summary>
    [Names("pondId", "尾矿库编号")]
    public required string Id { get; init; }

    /// <summary>Name of the pond.</summary>
    [Names("尾矿库名称")]
    public string? Name { get; init; }

    /// <summary>Since when the pond has been idle; absent when in use.</summary>
    [AbsentMeansNone]
    [Names("停用日期", "停用起始日期")]
    public LocalDate? IdleSince { get; init; }

    /// <summary>Whether the pond has an operator responsible for it.</summary>
    [Names("有运营管理单位", "运营单位")]
    public bool? HasOperator { get; init; }

    /// <summary>Whether the pond has been closed (闭库).</summary>
    [Names("已闭库", "闭库")]
    public bool? Closed { get; init; }
}
