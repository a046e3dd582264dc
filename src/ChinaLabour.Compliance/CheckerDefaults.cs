using System;

namespace ChinaLabour.Compliance;

/// <summary>The checker's defaults, in one place.</summary>
internal static class CheckerDefaults
{
    /// <summary>
    /// The last resort, should a rule run long within its steps: far above what any rule takes (microseconds) even on a
    /// loaded machine, so that the step budget, the same on every machine, is what decides.
    /// </summary>
    public static readonly TimeSpan TimeLimitPerRule = TimeSpan.FromSeconds(30);

    /// <summary>Enough for a rule that pairs every worker with every post of a large employer.</summary>
    public const long MaxStepsPerRule = 10_000_000;

    /// <summary>
    /// The most items a named value may hold, nested sequences counted whole. A named value is a figure the report
    /// states, not a list of records (that is evidence, one entry per record); a rule that names a million items
    /// would write a report of hundreds of megabytes, and no bundled rule names a sequence at all.
    /// </summary>
    public const int MaxItemsPerValue = 1_000;

    /// <summary>One employer per processor: a check computes and never waits, so more would only take turns.</summary>
    public static int MaxDegreeOfParallelism => Environment.ProcessorCount;
}
