using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A penalty or finding against a principal.</summary>
public sealed record Penalty
{
    /// <summary>What it was.</summary>
    public PenaltyKind? Kind { get; init; }

    /// <summary>When it took effect.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>GB/T 4754-2017 code of the industry of the employer concerned.</summary>
    public string? Industry { get; init; }

    /// <summary>For main responsibility for an accident: its grade.</summary>
    public AccidentGrade? AccidentGrade { get; init; }
}
