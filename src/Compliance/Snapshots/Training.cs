using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A training a worker attended.</summary>
public sealed record Training
{
    /// <summary>What the training was, e.g. <c>safety</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>When the training ended.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Class hours (学时) the training gave.</summary>
    public decimal? Hours { get; init; }

    /// <summary>Whether the worker passed its assessment.</summary>
    public bool? Passed { get; init; }
}
