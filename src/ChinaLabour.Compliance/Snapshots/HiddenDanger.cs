using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A hidden danger (事故隐患) found at the employer.</summary>
public sealed record HiddenDanger
{
    /// <summary>The caller's identifier for the hidden danger.</summary>
    [Names("hiddenDangerId", "隐患编号")]
    public required string Id { get; init; }

    /// <summary>Whether it is a major hidden danger (重大事故隐患).</summary>
    [Names("重大隐患", "是否重大隐患")]
    public bool? Major { get; init; }

    /// <summary>When it was found.</summary>
    [Names("发现日期")]
    public LocalDate? Found { get; init; }

    /// <summary>Whether rectification measures are set (措施到位).</summary>
    [Names("治理措施落实", "措施")]
    public bool? Measures { get; init; }

    /// <summary>Whether a responsible person is named (责任到位).</summary>
    [Names("责任落实", "责任")]
    public bool? Responsibility { get; init; }

    /// <summary>Whether funds are allocated (资金到位).</summary>
    [Names("资金落实", "资金")]
    public bool? Funds { get; init; }

    /// <summary>The rectification deadline (时限到位); <c>none</c> when no deadline is set.</summary>
    [Names("整改期限", "治理期限")]
    public DateOrNone? Deadline { get; init; }

    /// <summary>Whether an emergency plan for it exists (预案到位).</summary>
    [Names("应急预案落实", "预案")]
    public bool? Plan { get; init; }

    /// <summary>Whether it was reported to the supervising authority.</summary>
    [Names("已报告监管部门", "报告监管部门")]
    public bool? ReportedToAuthority { get; init; }

    /// <summary>Whether it was reported to the workers' congress (职工大会或职工代表大会).</summary>
    [Names("已向职代会报告", "报告职代会")]
    public bool? ReportedToWorkersCongress { get; init; }

    /// <summary>When it was rectified; absent while open.</summary>
    [AbsentMeansNone]
    [Names("整改完成日期", "销号日期")]
    public LocalDate? Rectified { get; init; }
}
