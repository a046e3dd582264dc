using System.Collections.Generic;
using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A principal person in charge (主要负责人) of the employer, present or past.</summary>
public sealed record Principal
{
    /// <summary>The caller's identifier for the person.</summary>
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>First day in the role.</summary>
    public LocalDate? Since { get; init; }

    /// <summary>Last day in the role; absent while serving.</summary>
    public LocalDate? Until { get; init; }

    /// <summary>Penalties and findings against the person.</summary>
    public IReadOnlyList<Penalty>? Penalties { get; init; }
}
