using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A training as rule expressions see it (an element of <c>w.Trainings</c>).</summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class TrainingFact
{
    private readonly Training _training;
    private readonly string _owner;

    internal TrainingFact(Training training, string owner)
    {
        _training = training;
        _owner = owner;
    }

    /// <summary>What the training was, e.g. <c>safety</c>.</summary>
    public string Kind => _training.Kind ?? EvaluationScope.Missing($"{_owner}.trainings.kind", string.Empty);

    /// <summary>When the training ended.</summary>
    public LocalDate Date => _training.Date ?? EvaluationScope.Missing($"{_owner}.trainings.date", LocalDate.MaxIsoValue);

    /// <summary>Whether the worker passed the training's assessment.</summary>
    public bool Passed => _training.Passed ?? EvaluationScope.Missing($"{_owner}.trainings.passed", false);
}
