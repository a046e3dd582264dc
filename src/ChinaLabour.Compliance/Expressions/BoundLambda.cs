using System;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// Binds a nested lambda of a rule expression, compiled once with its outside values as a last argument, to those
/// values when the expression reaches it (see <c>ClosureLifter</c>): an ordinary closure, where the framework's
/// compiler would create a delegate through reflection every time.
/// </summary>
internal static class BoundLambda
{
    /// <summary>Binds a lambda of one argument.</summary>
    /// <typeparam name="T">The argument's type.</typeparam>
    /// <typeparam name="TState">The outside values' type.</typeparam>
    /// <typeparam name="TResult">The result's type.</typeparam>
    /// <param name="open">The compiled lambda, taking the outside values last.</param>
    /// <param name="state">The outside values.</param>
    /// <returns>The lambda as the expression uses it.</returns>
    public static Func<T, TResult> Bind<T, TState, TResult>(Func<T, TState, TResult> open, TState state) => item => open(item, state);

    /// <summary>Binds a lambda of two arguments (e.g. <c>Select((item, index) => …)</c>).</summary>
    /// <typeparam name="T1">The first argument's type.</typeparam>
    /// <typeparam name="T2">The second argument's type.</typeparam>
    /// <typeparam name="TState">The outside values' type.</typeparam>
    /// <typeparam name="TResult">The result's type.</typeparam>
    /// <param name="open">The compiled lambda, taking the outside values last.</param>
    /// <param name="state">The outside values.</param>
    /// <returns>The lambda as the expression uses it.</returns>
    public static Func<T1, T2, TResult> Bind<T1, T2, TState, TResult>(Func<T1, T2, TState, TResult> open, TState state) => (first, second) => open(first, second, state);
}
