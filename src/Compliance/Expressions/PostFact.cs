using Compliance.Checking;
using Compliance.Snapshots;

namespace Compliance.Expressions;

/// <summary>A post as rule expressions see it (an element of <c>posts</c>, or <c>w.Post</c>).</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class PostFact : IFactRecord
{
    private readonly Post _post;
    private readonly string? _unknownPath;

    internal PostFact(Post post) => _post = post;

    private PostFact(string id, string path)
    {
        _post = new Post { Id = id };
        _unknownPath = path;
    }

    /// <summary>The post's identifier.</summary>
    public string Id => _post.Id;

    /// <summary>The nature of the post: main, auxiliary, temporary or substitute.</summary>
    public PostNature Nature => Read(_post.Nature, "nature", PostNature.Main);

    /// <summary>Whether the post is temporary, auxiliary or substitute (临时性、辅助性、替代性).</summary>
    public bool IsTemporaryAuxiliaryOrSubstitute => Nature is PostNature.Temporary or PostNature.Auxiliary or PostNature.Substitute;

    /// <summary>Whether the post works underground.</summary>
    public bool Underground => Read(_post.Underground, "underground", false);

    /// <summary>Whether the post is high-risk.</summary>
    public bool HighRisk => Read(_post.HighRisk, "highRisk", false);

    /// <summary>Whether the post is a safety-production post such as a full-time firefighter.</summary>
    public bool SafetyPost => Read(_post.SafetyPost, "safetyPost", false);

    /// <summary>Whether the post is on the dangerous-post list.</summary>
    public bool DangerousList => Read(_post.DangerousList, "dangerousList", false);

    /// <summary>Whether the post involves a special operation (特种作业); an empty category means none.</summary>
    public bool IsSpecialOperation => SpecialOperation.Length > 0;

    /// <summary>The special-operation category the post involves; empty when none.</summary>
    public string SpecialOperation => _unknownPath is not null
        ? EvaluationScope.Missing(_unknownPath, string.Empty)
        : _post.SpecialOperation ?? EvaluationScope.Missing($"posts[{_post.Id}].specialOperation", string.Empty);

    /// <summary>How many months the post is expected to last.</summary>
    public int ExpectedMonths => Read(_post.ExpectedMonths, "expectedMonths", 0);

    /// <summary>Whether the post is exposed to occupational-disease hazards.</summary>
    public bool OccupationalHazard => Read(_post.OccupationalHazard, "occupationalHazard", false);

    string IFactRecord.RecordKind => "post";

    internal bool IsKnown => _unknownPath is null;

    /// <summary>Stands for a post that a worker names but the snapshot lacks; every value read from it is missing.</summary>
    internal static PostFact Unknown(string path) => new(string.Empty, path);

    private T Read<T>(T? value, string field, T standIn)
        where T : struct
    {
        if (_unknownPath is not null)
        {
            return EvaluationScope.Missing(_unknownPath, standIn);
        }

        return value ?? EvaluationScope.Missing($"posts[{_post.Id}].{field}", standIn);
    }
}
