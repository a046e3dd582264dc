using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;

namespace ChinaLabour.Compliance.Loading;

/// <summary>What the loader builds from rule files: the documents, the compiled rules and the hash of what was read.</summary>
/// <param name="Documents">The documents, in file order, with their coverage.</param>
/// <param name="Rules">The compiled rules, in file order and, within a file, in the order written.</param>
/// <param name="ContentHash">SHA-256 of every file's path and text.</param>
internal sealed record CompiledCatalogue(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<CompiledRule> Rules, string ContentHash);
