using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A safety production liability insurance policy (安全生产责任保险).</summary>
public sealed record Insurance
{
    /// <summary>The insurer.</summary>
    public string? Insurer { get; init; }

    /// <summary>First day of cover.</summary>
    public LocalDate? From { get; init; }

    /// <summary>Last day of cover.</summary>
    public LocalDate? Until { get; init; }
}
