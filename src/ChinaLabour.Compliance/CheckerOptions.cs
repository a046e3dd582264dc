using System;
using System.Collections.Generic;
using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance;

/// <summary>Settings for <see cref="ComplianceChecker.Create"/>; validated when the checker is built.</summary>
public sealed record CheckerOptions
{
    /// <summary>
    /// A last resort: how long one rule may run for one employer before it is stopped and reported as an error that
    /// names the time limit. The step budget (<see cref="MaxStepsPerRule"/>) is what decides on every machine alike;
    /// this limit depends on the machine's load, so it is set far above what any rule takes.
    /// </summary>
    public TimeSpan TimeLimitPerRule { get; init; } = CheckerDefaults.TimeLimitPerRule;

    /// <summary>
    /// How many fact elements one rule may visit for one employer before it is stopped and reported as an error; the
    /// same count on every machine and under any load, so the same input always gives the same outcome.
    /// </summary>
    public long MaxStepsPerRule { get; init; } = CheckerDefaults.MaxStepsPerRule;

    /// <summary>
    /// Whether notices quote resident ID numbers in full. By default they are masked (<c>140602********1234</c>):
    /// an ID number is personal information, and reports travel further than the data they came from.
    /// </summary>
    public bool ShowIdNumbers { get; init; }

    /// <summary>
    /// Told of every report with the time its check took, on the thread that checked; for the DI companion's logging,
    /// which keeps the core free of a logging dependency.
    /// </summary>
    internal Action<CheckReport, TimeSpan>? Observer { get; init; }

    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TimeLimitPerRule <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(TimeLimitPerRule)} must be positive; found {TimeLimitPerRule}.");
        }

        if (MaxStepsPerRule <= 0)
        {
            problems.Add($"{nameof(MaxStepsPerRule)} must be positive; found {MaxStepsPerRule}.");
        }

        return problems;
    }
}
