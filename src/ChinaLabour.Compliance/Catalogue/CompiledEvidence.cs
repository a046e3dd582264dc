using System;
using System.Collections.Generic;
using ChinaLabour.Compliance.Expressions;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A rule's compiled evidence expression, with the facts it reads.</summary>
/// <param name="Select">Selects the records that break the rule; null when the rule names none.</param>
/// <param name="Reads">The facts the expression reads; evidence is shown only when all are present.</param>
internal sealed record CompiledEvidence(Func<EvaluationContext, object>? Select, IReadOnlyList<string> Reads);
