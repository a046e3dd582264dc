using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Extensions;

/// <summary>
/// The rule catalogue did not load: thrown at start-up by the warm-up, and by resolving the checker or catalogue.
/// The message lists every problem as <c>file:line:column: error CODE [rule]: message</c>.
/// </summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class CatalogueLoadException : Exception
{
    internal CatalogueLoadException(string source, IReadOnlyList<Diagnostic> diagnostics)
        : base($"The compliance rule catalogue ({source}) did not load; fix these {diagnostics.Count} problem(s):"
            + string.Concat(diagnostics.Select(d => Environment.NewLine + d)))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
