using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>The facts a rule may name under <c>needs</c>, each the name of a value its expressions can read.</summary>
internal static class FactRoots
{
    /// <summary>Always available, never listed under <c>needs</c>.</summary>
    public const string AsOf = "asOf";

    public const string Enterprise = "enterprise";
    public const string Workers = "workers";
    public const string Posts = "posts";
    public const string Workforce = "workforce";

    public static ImmutableSortedDictionary<string, Type> Types { get; } = new Dictionary<string, Type>
    {
        [Enterprise] = typeof(EnterpriseFact),
        [Workers] = typeof(FactSet<WorkerFact>),
        [Posts] = typeof(FactSet<PostFact>),
        [Workforce] = typeof(WorkforceFact),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static Type AsOfType => typeof(LocalDate);
}
