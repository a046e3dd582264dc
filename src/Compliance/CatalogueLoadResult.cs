using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Compliance.Yaml;

namespace Compliance;

/// <summary>What loading a rule catalogue gave: the catalogue, or every problem that stopped it.</summary>
/// <param name="Catalogue">The catalogue; <see langword="null"/> when any diagnostic was found.</param>
/// <param name="Diagnostics">The problems found, ordered by file, line and column.</param>
public sealed record CatalogueLoadResult(RuleCatalogue? Catalogue, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the catalogue loaded without problems.</summary>
    [MemberNotNullWhen(true, nameof(Catalogue))]
    public bool Success => Catalogue is not null;
}
