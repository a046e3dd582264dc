using System.Collections.Generic;
using NodaTime;

namespace Compliance.Snapshots;

/// <summary>One person who works for the employer, in whatever employment form.</summary>
public sealed record Worker
{
    /// <summary>The caller's identifier for the worker.</summary>
    public required string Id { get; init; }

    /// <summary>
    /// The resident identity card number (GB 11643-1999). Personal information: reports show <see cref="Id"/>
    /// only, and messages mask it (e.g. <c>140602********1234</c>).
    /// </summary>
    public string? IdNumber { get; init; }

    /// <summary>The worker's name. Personal information: never shown in reports or messages.</summary>
    public string? Name { get; init; }

    /// <summary>How the worker is engaged.</summary>
    public EmploymentForm? Form { get; init; }

    /// <summary>The <see cref="Post.Id"/> of the post the worker holds.</summary>
    public string? PostId { get; init; }

    /// <summary>First day of work for this employer.</summary>
    public LocalDate? Start { get; init; }

    /// <summary>Last day of work; <see langword="null"/> while the worker stays.</summary>
    public LocalDate? End { get; init; }

    /// <summary>Trainings the worker attended; <see langword="null"/> when not given.</summary>
    public IReadOnlyList<Training>? Trainings { get; init; }

    /// <summary>The worker's role in safety management (principal, safety manager, other).</summary>
    public WorkerRole? Role { get; init; }

    /// <summary>The labour-dispatch agency, for dispatched workers.</summary>
    public string? Agency { get; init; }

    /// <summary>
    /// For outsourced workers: whether the employer itself directs their daily work in its own posts, which makes
    /// the outsourcing dispatch in disguise (假外包真派遣).
    /// </summary>
    public bool? DirectedByEmployer { get; init; }

    /// <summary>Special-operation certificates the worker holds; <see langword="null"/> when not given.</summary>
    public IReadOnlyList<Certificate>? Certificates { get; init; }

    /// <summary>Overtime by month; <see langword="null"/> when not given.</summary>
    public IReadOnlyList<OvertimeMonth>? Overtime { get; init; }
}
