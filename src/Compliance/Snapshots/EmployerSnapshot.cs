using System.Collections.Generic;

namespace Compliance.Snapshots;

/// <summary>
/// What one employer's records say, as an HR or ERP system sends them. Every member but the enterprise's
/// identity is optional: a fact that is absent makes the rules that need it <c>Indeterminate</c>, never
/// <c>Compliant</c>.
/// </summary>
/// <remarks>Treat instances as immutable; the checker copies what it reads and never changes them.</remarks>
public sealed record EmployerSnapshot
{
    /// <summary>Who the employer is and where it operates.</summary>
    public required Enterprise Enterprise { get; init; }

    /// <summary>The employer's posts (岗位); <see langword="null"/> when not given.</summary>
    public IReadOnlyList<Post>? Posts { get; init; }

    /// <summary>The worker roster; <see langword="null"/> when not given (see <see cref="Headcount"/>).</summary>
    public IReadOnlyList<Worker>? Workers { get; init; }

    /// <summary>Totals by employment form, for employers that give totals instead of a roster.</summary>
    public Headcount? Headcount { get; init; }

    /// <summary>What the safety management records show.</summary>
    public Management? Management { get; init; }

    /// <summary>Safety production liability insurance policies.</summary>
    public IReadOnlyList<Insurance>? Insurance { get; init; }

    /// <summary>Mines the employer operates.</summary>
    public IReadOnlyList<Mine>? Mines { get; init; }

    /// <summary>Tailings ponds the employer owns.</summary>
    public IReadOnlyList<TailingsPond>? TailingsPonds { get; init; }

    /// <summary>Hidden dangers found, open and rectified.</summary>
    public IReadOnlyList<HiddenDanger>? HiddenDangers { get; init; }

    /// <summary>Production safety accidents.</summary>
    public IReadOnlyList<Accident>? Accidents { get; init; }

    /// <summary>Principal persons in charge, present and past.</summary>
    public IReadOnlyList<Principal>? Principals { get; init; }

    /// <summary>Working-hour schedules the employer applies.</summary>
    public IReadOnlyList<WorkingHourSchedule>? WorkingHourSchedules { get; init; }

    /// <summary>Road vehicles the employer operates.</summary>
    public IReadOnlyList<Vehicle>? Vehicles { get; init; }

    /// <summary>Places the employer operates in.</summary>
    public IReadOnlyList<Premises>? Premises { get; init; }
}
