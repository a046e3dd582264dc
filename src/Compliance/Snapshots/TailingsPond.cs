using NodaTime;

namespace Compliance.Snapshots;

/// <summary>A tailings pond (尾矿库) the employer owns.</summary>
public sealed record TailingsPond
{
    /// <summary>The caller's identifier for the pond.</summary>
    public required string Id { get; init; }

    /// <summary>Name of the pond.</summary>
    public string? Name { get; init; }

    /// <summary>Since when the pond has been idle; absent when in use.</summary>
    public LocalDate? IdleSince { get; init; }

    /// <summary>Whether the pond has an operator responsible for it.</summary>
    public bool? HasOperator { get; init; }

    /// <summary>Whether the pond has been closed (闭库).</summary>
    public bool? Closed { get; init; }
}
