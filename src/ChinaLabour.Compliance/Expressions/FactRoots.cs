using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// The facts a rule may name under <c>needs</c>: those the snapshot records declare (generated from
/// <c>EmployerSnapshot</c>, see <see cref="Declared"/>) and <c>workforce</c>, derived from the roster or the headcount.
/// </summary>
internal static partial class FactRoots
{
    /// <summary>Always available, never listed under <c>needs</c>.</summary>
    public const string AsOf = "asOf";

    /// <summary>Headcounts by employment form, from the roster or the headcount totals.</summary>
    public const string Workforce = "workforce";

    /// <summary>
    /// Every worker on record who had started by the as-of date, those who have left included: for duties over a past
    /// period (overtime in a month, training before the first day). <c>workers</c> holds those at work on the date.
    /// </summary>
    public const string Roster = "roster";

    /// <summary>Every fact by name, with the type expressions read, in ordinal order of name.</summary>
    public static ImmutableSortedDictionary<string, Type> Types => Derived.Types;

    /// <summary>How many facts there are: the length of <see cref="EvaluationContext.Roots"/>.</summary>
    public static int Count => Derived.Types.Count;

    public static Type AsOfType => typeof(LocalDate);

    /// <summary>Where a fact sits in <see cref="EvaluationContext.Roots"/>.</summary>
    /// <param name="name">A name in <see cref="Types"/>.</param>
    /// <returns>Its index.</returns>
    public static int IndexOf(string name) => Derived.Index[name];

    // Built from the generated Declared on first use, after FactRoots itself is initialised: the order of static
    // initialisers across the two halves of a partial class is not defined.
    private static class Derived
    {
        public static readonly ImmutableSortedDictionary<string, Type> Types =
            Declared.Select(d => KeyValuePair.Create(d.Name, d.Type))
                .Append(KeyValuePair.Create(Workforce, typeof(WorkforceFact)))
                .Append(KeyValuePair.Create(Roster, typeof(FactSet<WorkerFact>)))
                .ToImmutableSortedDictionary(StringComparer.Ordinal);

        public static readonly Dictionary<string, int> Index =
            Types.Keys.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }
}
