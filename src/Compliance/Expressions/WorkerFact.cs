using System.Linq;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>What rules read of a worker beyond the record's own fields: the worker's post, and the questions rules ask most.</summary>
internal sealed partial class WorkerFact
{
    private PostFact? _post;

    /// <summary>Whether the worker is dispatched by a labour-dispatch agency.</summary>
    public bool IsDispatched => Form == EmploymentForm.Dispatched;

    /// <summary>The post the worker holds; a post the snapshot lacks makes every value read from it missing.</summary>
    public PostFact Post => _record.PostId is { } postId && !_absent
        ? _post ??= _context.PostById(postId) ?? PostFact.Absent(postId, $"posts[{postId}]", _context)
        : _context.Missing(Fact("postId"), _post ??= PostFact.Absent(string.Empty, Fact("postId"), _context));

    /// <summary>
    /// Whether the worker passed a safety training (<c>kind: safety</c>) on or before <paramref name="date"/>:
    /// 先培训、后上岗 reads as <c>w.PassedSafetyTrainingBy(w.Start)</c>.
    /// </summary>
    /// <param name="date">The last day the training counts.</param>
    /// <returns>Whether such a training is on record.</returns>
    public bool PassedSafetyTrainingBy(LocalDate date) => Trainings.Any(t => t.Kind == "safety" && t.Passed && t.Date <= date);

    /// <summary>Whether the worker holds a genuine certificate of <paramref name="category"/> valid on <paramref name="date"/>.</summary>
    /// <param name="category">The special-operation category.</param>
    /// <param name="date">The day it must be valid, both ends inclusive.</param>
    /// <returns>Whether such a certificate is on record.</returns>
    public bool HoldsValidCertificate(string category, LocalDate date) =>
        Certificates.Any(c => c.Category == category && c.ValidFrom <= date && date <= c.ValidUntil && c.Genuine);
}
