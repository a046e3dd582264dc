using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A hidden danger (事故隐患) found at the employer.</summary>
public sealed record HiddenDanger
{
    /// <summary>The caller's identifier for the hidden danger.</summary>
    public required string Id { get; init; }

    /// <summary>Whether it is a major hidden danger (重大事故隐患).</summary>
    public bool? Major { get; init; }

    /// <summary>When it was found.</summary>
    public LocalDate? Found { get; init; }

    /// <summary>Whether rectification measures are set (措施到位).</summary>
    public bool? Measures { get; init; }

    /// <summary>Whether a responsible person is named (责任到位).</summary>
    public bool? Responsibility { get; init; }

    /// <summary>Whether funds are allocated (资金到位).</summary>
    public bool? Funds { get; init; }

    /// <summary>The rectification deadline (时限到位); absent when none is set.</summary>
    public LocalDate? Deadline { get; init; }

    /// <summary>Whether an emergency plan for it exists (预案到位).</summary>
    public bool? Plan { get; init; }

    /// <summary>Whether it was reported to the supervising authority.</summary>
    public bool? ReportedToAuthority { get; init; }

    /// <summary>Whether it was reported to the workers' congress (职工大会或职工代表大会).</summary>
    public bool? ReportedToWorkersCongress { get; init; }

    /// <summary>When it was rectified; absent while open.</summary>
    public LocalDate? Rectified { get; init; }
}
