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
}
