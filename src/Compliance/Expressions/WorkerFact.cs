using System.Linq;
using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A worker as rule expressions see it (an element of <c>workers</c>: those at work on the as-of date).</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class WorkerFact : IFactRecord
{
    private readonly Worker _worker;
    private readonly PostFact? _post;
    private FactSet<TrainingFact>? _trainings;
    private FactSet<CertificateFact>? _certificates;
    private FactSet<OvertimeMonthFact>? _overtime;

    /// <param name="worker">The worker's record.</param>
    /// <param name="post">The worker's post, or null when the worker names none or one the snapshot lacks.</param>
    internal WorkerFact(Worker worker, PostFact? post)
    {
        _worker = worker;
        _post = post ?? (worker.PostId is { } postId ? PostFact.Unknown($"posts[{postId}]") : null);
    }

    /// <summary>The worker's identifier.</summary>
    public string Id => _worker.Id;

    /// <summary>How the worker is engaged.</summary>
    public EmploymentForm Form => _worker.Form ?? EvaluationScope.Missing($"{Path}.form", EmploymentForm.LaborContract);

    /// <summary>Whether the worker is dispatched by a labour-dispatch agency.</summary>
    public bool IsDispatched => Form == EmploymentForm.Dispatched;

    /// <summary>The post the worker holds.</summary>
    public PostFact Post => _post ?? EvaluationScope.Missing($"{Path}.postId", PostFact.Unknown($"{Path}.postId"));

    /// <summary>First day of work.</summary>
    public LocalDate Start => _worker.Start ?? EvaluationScope.Missing($"{Path}.start", LocalDate.MinIsoValue);

    /// <summary>Whether the worker has a last day of work on record.</summary>
    public bool HasEnd => _worker.End.HasValue;

    /// <summary>Last day of work; read it only when <see cref="HasEnd"/> is true.</summary>
    public LocalDate End => _worker.End ?? EvaluationScope.Missing($"{Path}.end", LocalDate.MaxIsoValue);

    /// <summary>The trainings the worker attended.</summary>
    public FactSet<TrainingFact> Trainings => _worker.Trainings is { } trainings
        ? _trainings ??= new FactSet<TrainingFact>(trainings.Select(t => new TrainingFact(t, Path)).ToArray())
        : EvaluationScope.Missing($"{Path}.trainings", FactSet<TrainingFact>.Empty);

    /// <summary>The worker's role in safety management.</summary>
    public WorkerRole Role => _worker.Role ?? EvaluationScope.Missing($"{Path}.role", WorkerRole.Other);

    /// <summary>For outsourced workers: whether the employer directs their daily work in its own posts.</summary>
    public bool DirectedByEmployer => _worker.DirectedByEmployer ?? EvaluationScope.Missing($"{Path}.directedByEmployer", false);

    /// <summary>The special-operation certificates the worker holds.</summary>
    public FactSet<CertificateFact> Certificates => _worker.Certificates is { } items
        ? _certificates ??= new FactSet<CertificateFact>(items.Select((c, i) => new CertificateFact(c, Path, i)).ToArray())
        : EvaluationScope.Missing($"{Path}.certificates", FactSet<CertificateFact>.Empty);

    /// <summary>The worker's overtime by month.</summary>
    public FactSet<OvertimeMonthFact> Overtime => _worker.Overtime is { } items
        ? _overtime ??= new FactSet<OvertimeMonthFact>(items.Select((o, i) => new OvertimeMonthFact(o, Path, i)).ToArray())
        : EvaluationScope.Missing($"{Path}.overtime", FactSet<OvertimeMonthFact>.Empty);

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

    string IFactRecord.RecordKind => "worker";

    // Built only when a fact is missing: most checks never need it.
    private string Path => $"workers[{_worker.Id}]";
}
