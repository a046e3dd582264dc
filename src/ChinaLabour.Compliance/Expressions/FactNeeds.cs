using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// The facts a rule, or one of its conditions, reads: by place in <see cref="EvaluationContext.Roots"/>, found once
/// from their names when the rule is compiled, so that a check asks after them without looking a name up.
/// </summary>
/// <param name="names">Names in <see cref="FactRoots.Types"/>.</param>
internal sealed class FactNeeds(IReadOnlyList<string> names)
{
    /// <summary>Each fact's place, in the order of the names.</summary>
    public int[] Indices { get; } = [.. names.Select(FactRoots.IndexOf)];

    /// <summary>How many facts there are.</summary>
    public int Count => Indices.Length;

    /// <summary>The place of the <paramref name="i"/>th fact.</summary>
    public int this[int i] => Indices[i];
}
