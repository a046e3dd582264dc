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

    string IFactRecord.RecordKind => "worker";

    // Built only when a fact is missing: most checks never need it.
    private string Path => $"workers[{_worker.Id}]";
}
