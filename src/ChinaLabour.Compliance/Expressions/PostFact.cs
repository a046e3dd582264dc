using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>What rules read of a post beyond the record's own fields.</summary>
internal sealed partial class PostFact
{
    /// <summary>Whether the post is temporary, auxiliary or substitute (临时性、辅助性、替代性).</summary>
    public bool IsTemporaryAuxiliaryOrSubstitute => Nature is PostNature.Temporary or PostNature.Auxiliary or PostNature.Substitute;

    /// <summary>Whether the post involves a special operation (特种作业); an empty category means none.</summary>
    public bool IsSpecialOperation => SpecialOperation.Length > 0;

    /// <summary>Stands for a post that the snapshot does not give: every value read from it is missing, named <paramref name="path"/>.</summary>
    /// <param name="id">The id the worker names.</param>
    /// <param name="path">The missing fact, e.g. <c>posts[P9]</c> or <c>workers[W1].postId</c>.</param>
    /// <param name="context">The check's evaluation.</param>
    /// <returns>The stand-in.</returns>
    internal static PostFact Absent(string id, string path, EvaluationContext context) => new(new Post { Id = id }, path, context, absent: true);
}
