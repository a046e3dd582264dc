using System;
using System.Collections.Generic;

namespace Compliance.Catalogue;

/// <summary>
/// A rule with every expression compiled. The values array its delegates read holds, in order: the as-of date,
/// the facts under <c>needs</c>, each named value, then (for evidence only) the other facts.
/// </summary>
internal sealed record CompiledRule(
    Rule Definition,
    IReadOnlyList<string> Roots,
    IReadOnlyList<CompiledValue> Values,
    Func<object?[], bool>? Unless,
    Func<object?[], bool> Check,
    CompiledEvidence Evidence,
    BilingualTemplate Message,
    BilingualTemplate? Remedy);
