namespace Compliance.Snapshots;

/// <summary>
/// Totals by employment form on the as-of date, for employers that give totals instead of a roster.
/// When a roster is given too, the roster is used and a disagreement is reported as a notice.
/// </summary>
public sealed record Headcount
{
    /// <summary>Employees under labour contracts.</summary>
    public int? LaborContract { get; init; }

    /// <summary>Dispatched workers.</summary>
    public int? Dispatched { get; init; }

    /// <summary>Outsourced workers.</summary>
    public int? Outsourced { get; init; }

    /// <summary>Flexible workers.</summary>
    public int? Flexible { get; init; }

    /// <summary>Part-time workers.</summary>
    public int? PartTime { get; init; }

    /// <summary>Interns.</summary>
    public int? Intern { get; init; }
}
