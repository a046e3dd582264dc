namespace Compliance.Snapshots;

/// <summary>The nature of a post, in the terms of 劳动合同法 第六十六条.</summary>
public enum PostNature
{
    /// <summary>A main-business post (主营业务岗位).</summary>
    Main,

    /// <summary>An auxiliary post serving the main-business posts (辅助性).</summary>
    Auxiliary,

    /// <summary>A temporary post of at most six months (临时性).</summary>
    Temporary,

    /// <summary>A post filled in place of an absent employee (替代性).</summary>
    Substitute,
}
