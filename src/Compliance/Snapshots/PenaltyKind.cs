namespace Compliance.Snapshots;

/// <summary>The kind of a penalty or finding against a principal.</summary>
public enum PenaltyKind
{
    /// <summary>A criminal penalty for a work-safety failure.</summary>
    CriminalPenalty,

    /// <summary>Dismissal for a work-safety failure.</summary>
    DismissedForSafety,

    /// <summary>A finding of main responsibility for an accident.</summary>
    AccidentMainResponsibility,
}
