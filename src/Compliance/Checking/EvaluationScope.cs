using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace Compliance.Checking;

/// <summary>
/// The state of one rule's evaluation on the current thread: the facts found missing while it ran, and the
/// budget it may spend. Fact views and <see cref="Expressions.FactSet{T}"/> report here, so a rule can neither
/// read a missing value without the checker knowing nor iterate without limit.
/// </summary>
internal sealed class EvaluationScope : IDisposable
{
    // Checking the clock on every step would cost more than the step itself.
    private const int ClockCheckInterval = 1024;

    [ThreadStatic]
    private static EvaluationScope? t_current;

    private readonly EvaluationScope? _previous;
    private readonly long _maxSteps;
    private readonly long _deadline;
    private SortedSet<string>? _missing;
    private long _steps;

    private EvaluationScope(EvaluationBudget budget)
    {
        _previous = t_current;
        _maxSteps = budget.MaxSteps;
        _deadline = Stopwatch.GetTimestamp() + (long)(budget.TimeLimit.TotalSeconds * Stopwatch.Frequency);
    }

    public IReadOnlyCollection<string> MissingFacts => (IReadOnlyCollection<string>?)_missing ?? Array.Empty<string>();

    public static EvaluationScope Enter(EvaluationBudget budget)
    {
        var scope = new EvaluationScope(budget);
        t_current = scope;
        return scope;
    }

    /// <summary>Records that <paramref name="fact"/> was read but is absent and returns a stand-in value.</summary>
    /// <exception cref="MissingFactException">No evaluation is under way on this thread.</exception>
    public static T Missing<T>(string fact, T standIn)
    {
        var scope = t_current ?? throw new MissingFactException(fact);
        (scope._missing ??= new SortedSet<string>(StringComparer.Ordinal)).Add(fact);
        return standIn;
    }

    /// <summary>Counts one step of iteration over the facts.</summary>
    /// <exception cref="BudgetExceededException">The rule has used up its steps or its time.</exception>
    public static void Tick()
    {
        var scope = t_current;
        if (scope is null)
        {
            return;
        }

        var steps = ++scope._steps;
        if (steps > scope._maxSteps)
        {
            throw new BudgetExceededException(CheckMessages.StepBudgetExceeded(scope._maxSteps));
        }

        if (steps % ClockCheckInterval == 0 && Stopwatch.GetTimestamp() > scope._deadline)
        {
            throw new BudgetExceededException(CheckMessages.TimeBudgetExceeded(scope._steps));
        }
    }

    public void Dispose() => t_current = _previous;
}
