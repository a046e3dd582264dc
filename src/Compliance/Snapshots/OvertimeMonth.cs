using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A worker's overtime in one month.</summary>
public sealed record OvertimeMonth
{
    /// <summary>The month, written yyyy-MM.</summary>
    public YearMonth? Month { get; init; }

    /// <summary>Overtime hours in the month.</summary>
    public decimal? Hours { get; init; }

    /// <summary>The most overtime hours worked on any one day of the month.</summary>
    public decimal? MaxDailyHours { get; init; }

    /// <summary>Rest days in the month.</summary>
    public int? RestDays { get; init; }
}
