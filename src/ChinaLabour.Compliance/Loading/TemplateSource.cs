using YamlDotNet.Core;

namespace ChinaLabour.Compliance.Loading;

/// <summary>A bilingual message template as written in a rule file.</summary>
internal sealed record TemplateSource(string Zh, Mark ZhStart, string En, Mark EnStart);
