namespace ChinaLabour.Compliance.Snapshots;

/// <summary>An enterprise's size class (大型, 中型, 小型, 微型), as the statistics bureau classes it.</summary>
public enum EnterpriseScale
{
    /// <summary>大型: a large enterprise.</summary>
    [Names("大型", "大型企业", "大")]
    Large,

    /// <summary>中型: a medium enterprise.</summary>
    [Names("中型", "中型企业", "中")]
    Medium,

    /// <summary>小型: a small enterprise.</summary>
    [Names("小型", "小型企业", "小")]
    Small,

    /// <summary>微型: a micro enterprise.</summary>
    [Names("微型", "微型企业", "微")]
    Micro,
}
