namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The nature of a post, in the terms of 劳动合同法 第六十六条.</summary>
public enum PostNature
{
    /// <summary>A main-business post (主营业务岗位).</summary>
    [Names("主营", "主营业务", "主营业务岗位", "主业")]
    Main,

    /// <summary>An auxiliary post serving the main-business posts (辅助性).</summary>
    [Names("辅助性", "辅助", "辅助性岗位")]
    Auxiliary,

    /// <summary>A temporary post of at most six months (临时性).</summary>
    [Names("临时性", "临时", "临时性岗位")]
    Temporary,

    /// <summary>A post filled in place of an absent employee (替代性).</summary>
    [Names("替代性", "替代", "替代性岗位")]
    Substitute,
}
