namespace Compliance.Cli;

/// <summary>How a finding changed between two runs, in the order <c>diff</c> lists them.</summary>
internal enum FindingChangeKind
{
    /// <summary>Violated now, not before.</summary>
    New,

    /// <summary>Violated before, violated now with other figures.</summary>
    Changed,

    /// <summary>Violated before, now indeterminate: facts are missing, which is not a fix.</summary>
    NoLongerDecidable,

    /// <summary>Violated before; now compliant, not applicable, an error, or the employer or rule is absent.</summary>
    Resolved,

    /// <summary>Violated in both runs with the same figures.</summary>
    Persisting,
}
