using System;
using System.Collections.Generic;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// <c>Any</c>, <c>All</c>, <c>Count</c> and <c>Where</c> with a predicate that takes its outside values as an argument
/// (see <c>ClosureLifter</c>): what <see cref="System.Linq.Enumerable"/> computes for the predicate bound to those
/// values (<see cref="BoundLambda"/>), in the same order and with the same exceptions, without a closure and a
/// delegate made for every record a rule visits.
/// </summary>
internal static class BoundEnumerable
{
    /// <summary>The names of the methods here, each standing for <see cref="System.Linq.Enumerable"/>'s of the same name with a predicate.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { nameof(Any), nameof(All), nameof(Count), nameof(Where) };

    /// <summary>Whether an item of <paramref name="source"/> satisfies the predicate; stops at the first that does.</summary>
    public static bool Any<T, TState>(IEnumerable<T> source, Func<T, TState, bool> predicate, TState state)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var item in source)
        {
            if (predicate(item, state))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every item of <paramref name="source"/> satisfies the predicate; stops at the first that does not.</summary>
    public static bool All<T, TState>(IEnumerable<T> source, Func<T, TState, bool> predicate, TState state)
    {
        ArgumentNullException.ThrowIfNull(source);
        foreach (var item in source)
        {
            if (!predicate(item, state))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many items of <paramref name="source"/> satisfy the predicate.</summary>
    public static int Count<T, TState>(IEnumerable<T> source, Func<T, TState, bool> predicate, TState state)
    {
        ArgumentNullException.ThrowIfNull(source);
        var count = 0;
        foreach (var item in source)
        {
            if (predicate(item, state))
            {
                count = checked(count + 1);
            }
        }

        return count;
    }

    /// <summary>The items of <paramref name="source"/> that satisfy the predicate, lazily, each time the result is walked.</summary>
    public static IEnumerable<T> Where<T, TState>(IEnumerable<T> source, Func<T, TState, bool> predicate, TState state)
    {
        // Checked now, as Enumerable.Where does, rather than when the result is first walked.
        ArgumentNullException.ThrowIfNull(source);

        // An empty set filters to nothing, whenever it is walked: no filter need be made for it, once for each worker
        // whose list is empty (profiled on the province).
        return source is FactSet<T> { Count: 0 } ? [] : Filter(source, predicate, state);
    }

    private static IEnumerable<T> Filter<T, TState>(IEnumerable<T> source, Func<T, TState, bool> predicate, TState state)
    {
        foreach (var item in source)
        {
            if (predicate(item, state))
            {
                yield return item;
            }
        }
    }
}
