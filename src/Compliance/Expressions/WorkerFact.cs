using System;
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
    private readonly string _path;
    private readonly PostFact? _post;
    private readonly FactSet<TrainingFact>? _trainings;

    internal WorkerFact(Worker worker, Func<string, PostFact?> findPost)
    {
        _worker = worker;
        _path = $"workers[{worker.Id}]";
        if (worker.PostId is { } postId)
        {
            _post = findPost(postId) ?? PostFact.Unknown($"posts[{postId}]");
        }

        if (worker.Trainings is { } trainings)
        {
            _trainings = new FactSet<TrainingFact>(trainings.Select(t => new TrainingFact(t, _path)).ToArray());
        }
    }

    /// <summary>The worker's identifier.</summary>
    public string Id => _worker.Id;

    /// <summary>How the worker is engaged.</summary>
    public EmploymentForm Form => _worker.Form ?? EvaluationScope.Missing($"{_path}.form", EmploymentForm.LaborContract);

    /// <summary>Whether the worker is dispatched by a labour-dispatch agency.</summary>
    public bool IsDispatched => Form == EmploymentForm.Dispatched;

    /// <summary>The post the worker holds.</summary>
    public PostFact Post => _post ?? EvaluationScope.Missing($"{_path}.postId", PostFact.Unknown($"{_path}.postId"));

    /// <summary>First day of work.</summary>
    public LocalDate Start => _worker.Start ?? EvaluationScope.Missing($"{_path}.start", LocalDate.MinIsoValue);

    /// <summary>Whether the worker has a last day of work on record.</summary>
    public bool HasEnd => _worker.End.HasValue;

    /// <summary>Last day of work; read it only when <see cref="HasEnd"/> is true.</summary>
    public LocalDate End => _worker.End ?? EvaluationScope.Missing($"{_path}.end", LocalDate.MaxIsoValue);

    /// <summary>The trainings the worker attended.</summary>
    public FactSet<TrainingFact> Trainings => _trainings ?? EvaluationScope.Missing($"{_path}.trainings", FactSet<TrainingFact>.Empty);

    string IFactRecord.RecordKind => "worker";
}
