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
}
