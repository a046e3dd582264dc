namespace Compliance.Snapshots;

/// <summary>The kind of a mine.</summary>
public enum MineKind
{
    /// <summary>A coal mine.</summary>
    Coal,

    /// <summary>A non-coal mine (metal and non-metal ores and the like).</summary>
    NonCoal,
}
