namespace Compliance.Snapshots;

/// <summary>An enterprise's size class (大型, 中型, 小型, 微型), as the statistics bureau classes it.</summary>
public enum EnterpriseScale
{
    /// <summary>大型: a large enterprise.</summary>
    Large,

    /// <summary>中型: a medium enterprise.</summary>
    Medium,

    /// <summary>小型: a small enterprise.</summary>
    Small,

    /// <summary>微型: a micro enterprise.</summary>
    Micro,
}
