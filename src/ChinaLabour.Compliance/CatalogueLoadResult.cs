using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance;

/// <summary>What loading a rule catalogue gave: the catalogue, or every problem that stopped it.</summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class CatalogueLoadResult
{
    private CatalogueLoadResult(RuleCatalogue? catalogue, IReadOnlyList<Diagnostic> diagnostics)
    {
        Catalogue = catalogue;
        Diagnostics = diagnostics;
    }

    /// <summary>The catalogue; <see langword="null"/> when any diagnostic was found.</summary>
    public RuleCatalogue? Catalogue { get; }

    /// <summary>The problems found, ordered by file, line and column; empty when the catalogue loaded.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the catalogue loaded without problems.</summary>
    [MemberNotNullWhen(true, nameof(Catalogue))]
    public bool Success => Catalogue is not null;

    internal static CatalogueLoadResult Loaded(RuleCatalogue catalogue) => new(catalogue, []);

    internal static CatalogueLoadResult Failed(IReadOnlyList<Diagnostic> diagnostics) => new(null, diagnostics);
}
