using System;
using System.Collections.Generic;

namespace Compliance.Catalogue;

/// <summary>A rule's compiled evidence expression, with the facts it reads beyond the rule's needs.</summary>
/// <param name="Select">Selects the records that break the rule; null when the rule names none.</param>
/// <param name="ExtraRoots">The facts appended after the named values, in order.</param>
/// <param name="Reads">The facts the expression reads; evidence is shown only when all are present.</param>
internal sealed record CompiledEvidence(Func<object?[], object>? Select, IReadOnlyList<string> ExtraRoots, IReadOnlyList<string> Reads);
