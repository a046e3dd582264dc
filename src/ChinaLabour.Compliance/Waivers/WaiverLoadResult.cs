using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>What loading a waiver file gave: the waivers, or every problem that stopped them.</summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class WaiverLoadResult
{
    internal WaiverLoadResult(WaiverSet? waivers, IReadOnlyList<Diagnostic> diagnostics)
    {
        Waivers = waivers;
        Diagnostics = diagnostics;
    }

    /// <summary>The waivers; <see langword="null"/> when any diagnostic was found.</summary>
    public WaiverSet? Waivers { get; }

    /// <summary>The problems found, ordered by line and column; empty when the file loaded.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the file loaded without problems.</summary>
    [MemberNotNullWhen(true, nameof(Waivers))]
    public bool Success => Waivers is not null;
}
