using System;
using System.Collections.Generic;
using ChinaLabour.Compliance.Checking;

namespace ChinaLabour.Compliance;

/// <summary>Settings for one run of <see cref="ComplianceChecker.CheckManyAsync"/>; validated when the run starts.</summary>
public sealed record CheckManyOptions
{
    /// <summary>
    /// How many employers are checked at once; the machine's processor count by default. Reports come in input
    /// order whatever this is, and at most twice this many snapshots and reports are held at once.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = CheckerDefaults.MaxDegreeOfParallelism;

    /// <summary>
    /// Told after each report is given, in input order, on the thread that reads the reports; <see langword="null"/>
    /// for none. <see cref="Progress{T}"/> posts to the context it was made on; any other implementation is called inline.
    /// </summary>
    public IProgress<CheckManyProgress>? Progress { get; init; }

    internal IReadOnlyList<string> Validate() =>
        MaxDegreeOfParallelism > 0 ? [] : [$"{nameof(MaxDegreeOfParallelism)} must be positive; found {MaxDegreeOfParallelism}."];
}
