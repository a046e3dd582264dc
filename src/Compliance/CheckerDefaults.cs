using System;

namespace Compliance;

/// <summary>The checker's defaults, in one place.</summary>
internal static class CheckerDefaults
{
    /// <summary>Far above what a real rule takes (microseconds), far below what an auditor notices.</summary>
    public static readonly TimeSpan TimeLimitPerRule = TimeSpan.FromSeconds(1);

    /// <summary>Enough for a rule that pairs every worker with every post of a large employer.</summary>
    public const long MaxStepsPerRule = 10_000_000;
}
