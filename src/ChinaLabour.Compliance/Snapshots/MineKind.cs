namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The kind of a mine.</summary>
public enum MineKind
{
    /// <summary>A coal mine.</summary>
    [Names("煤矿", "煤")]
    Coal,

    /// <summary>A non-coal mine (metal and non-metal ores and the like).</summary>
    [Names("非煤矿山", "非煤", "non-coal")]
    NonCoal,
}
