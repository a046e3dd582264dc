using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Loading;

/// <summary>A coverage entry as read from a rule file.</summary>
internal sealed record CoverageDraft(string Clause, Mark Start, CoverageStatus Status, IReadOnlyList<YamlScalarNode> Rules, string? Reason);
