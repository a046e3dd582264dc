using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using YamlDotNet.Core;

namespace ChinaLabour.Compliance.Loading;

/// <summary>A rule file's document metadata, as read, with how its text numbers its clauses when the file says.</summary>
internal sealed record DocumentDraft(SourceDocument Document, Mark SourceStart, ClauseNumbering? Numbering)
{
    /// <summary>The duty keys this document's rules share on purpose with rules of other documents (<c>sharedDuties</c>).</summary>
    public IReadOnlyList<string> SharedDuties { get; init; } = [];
}
