using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A special-operation certificate (特种作业操作证) a worker holds.</summary>
public sealed record Certificate
{
    /// <summary>The special-operation category from the national catalogue, e.g. 电工作业, 焊接与热切割作业.</summary>
    public string? Category { get; init; }

    /// <summary>The certificate number.</summary>
    public string? Number { get; init; }

    /// <summary>First day the certificate is valid.</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>Last day the certificate is valid.</summary>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>Whether the certificate was verified as genuine with the issuing authority.</summary>
    public bool? Genuine { get; init; }
}
