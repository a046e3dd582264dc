using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A production safety accident at the employer.</summary>
public sealed record Accident
{
    /// <summary>The caller's identifier for the accident.</summary>
    public required string Id { get; init; }

    /// <summary>When it happened.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>People killed.</summary>
    public int? Deaths { get; init; }

    /// <summary>General, larger, major or especially major (一般、较大、重大、特别重大).</summary>
    public AccidentGrade? Grade { get; init; }

    /// <summary>Whether it was reported to the safety authority.</summary>
    public bool? ReportedToAuthority { get; init; }

    /// <summary>Whether it was reported to the police.</summary>
    public bool? ReportedToPolice { get; init; }

    /// <summary>Hours from the accident to the report.</summary>
    public decimal? HoursToReport { get; init; }
}
