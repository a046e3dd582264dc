namespace Compliance.Snapshots;

/// <summary>A post (岗位) of the employer.</summary>
public sealed record Post
{
    /// <summary>Identifier that workers refer to in <see cref="Worker.PostId"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Name of the post, e.g. 采煤工.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the post is a main-business, auxiliary, temporary or substitute post.</summary>
    public PostNature? Nature { get; init; }

    /// <summary>Whether the post works underground (井下).</summary>
    public bool? Underground { get; init; }

    /// <summary>Whether the post is a high-risk post (高危工作岗位).</summary>
    public bool? HighRisk { get; init; }

    /// <summary>Whether the post is a safety-production post, such as a full-time firefighter (专职消防员等安全生产岗位).</summary>
    public bool? SafetyPost { get; init; }

    /// <summary>Whether the post is on the employer's dangerous-post list (危险岗位清单).</summary>
    public bool? DangerousList { get; init; }

    /// <summary>
    /// The special operation (特种作业) the post involves, as a category of the national catalogue (电工作业,
    /// 焊接与热切割作业, 高处作业, 煤矿安全作业, …); <see langword="null"/> or empty when none.
    /// </summary>
    public string? SpecialOperation { get; init; }

    /// <summary>How many months the post is expected to last, for temporary posts.</summary>
    public int? ExpectedMonths { get; init; }

    /// <summary>Whether the post is exposed to occupational-disease hazards.</summary>
    public bool? OccupationalHazard { get; init; }
}
