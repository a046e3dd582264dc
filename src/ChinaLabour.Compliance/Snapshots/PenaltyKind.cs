namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The kind of a penalty or finding against a principal.</summary>
public enum PenaltyKind
{
    /// <summary>A criminal penalty for a work-safety failure.</summary>
    [Names("刑事处罚", "受刑事处罚", "criminal penalty")]
    CriminalPenalty,

    /// <summary>Dismissal for a work-safety failure.</summary>
    [Names("撤职", "因安全生产撤职", "撤职处分")]
    DismissedForSafety,

    /// <summary>A finding of main responsibility for an accident.</summary>
    [Names("事故主要责任", "对事故负有主要责任", "负有主要责任")]
    AccidentMainResponsibility,
}
