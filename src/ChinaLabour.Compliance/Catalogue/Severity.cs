namespace ChinaLabour.Compliance.Catalogue;

/// <summary>How grave a violation of a rule is.</summary>
public enum Severity
{
    /// <summary>A breach to note and correct.</summary>
    Minor,

    /// <summary>A breach the authorities investigate and penalise.</summary>
    Major,

    /// <summary>A breach that endangers lives, e.g. dispatched workers underground in a mine.</summary>
    Critical,
}
