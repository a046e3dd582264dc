using Compliance.Catalogue;
using YamlDotNet.Core;

namespace Compliance.Loading;

/// <summary>A rule file's document metadata, as read.</summary>
internal sealed record DocumentDraft(SourceDocument Document, Mark SourceStart);
