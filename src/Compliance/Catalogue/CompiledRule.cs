using System;
using System.Collections.Generic;
using Compliance.Expressions;

namespace Compliance.Catalogue;

/// <summary>
/// A rule with every expression compiled to a delegate over the <see cref="EvaluationContext"/>, which holds the
/// as-of date, the facts and the rule's named values.
/// </summary>
internal sealed record CompiledRule(
    Rule Definition,
    IReadOnlyList<string> Roots,
    IReadOnlyList<CompiledValue> Values,
    Func<EvaluationContext, bool>? Unless,
    Func<EvaluationContext, bool> Check,
    CompiledEvidence Evidence,
    BilingualTemplate Message,
    BilingualTemplate? Remedy);
