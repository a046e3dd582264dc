namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A post (岗位) of the employer.</summary>
public sealed record Post
{
    /// <summary>Identifier that workers refer to in <see cref="Worker.PostId"/>.</summary>
    [Names("postId", "岗位编号")]
    public required string Id { get; init; }

    /// <summary>Name of the post, e.g. 采煤工.</summary>
    [Names("岗位名称")]
    public string? Name { get; init; }

    /// <summary>Whether the post is a main-business, auxiliary, temporary or substitute post.</summary>
    [Names("岗位性质")]
    public PostNature? Nature { get; init; }

    /// <summary>Whether the post works underground (井下).</summary>
    [Names("井下岗位", "是否井下", "井下")]
    public bool? Underground { get; init; }

    /// <summary>Whether the post is a high-risk post (高危工作岗位).</summary>
    [Names("高危岗位", "是否高危")]
    public bool? HighRisk { get; init; }

    /// <summary>Whether the post is a safety-production post, such as a full-time firefighter (专职消防员等安全生产岗位).</summary>
    [Names("安全生产岗位", "安全岗位")]
    public bool? SafetyPost { get; init; }

    /// <summary>Whether the post is on the employer's dangerous-post list (危险岗位清单).</summary>
    [Names("列入危险岗位清单", "危险岗位")]
    public bool? DangerousList { get; init; }

    /// <summary>
    /// The special operation (特种作业) the post involves, as a category of the national catalogue (电工作业,
    /// 焊接与热切割作业, 高处作业, 煤矿安全作业, …); empty when none.
    /// </summary>
    [Names("特种作业类别", "特种作业")]
    [EmptyMeansNone]
    public string? SpecialOperation { get; init; }

    /// <summary>How many months the post is expected to last, for temporary posts.</summary>
    [Names("预计存续月数", "存续期限月数")]
    public int? ExpectedMonths { get; init; }

    /// <summary>Whether the post is exposed to occupational-disease hazards.</summary>
    [Names("接触职业病危害", "职业病危害岗位")]
    public bool? OccupationalHazard { get; init; }
}
