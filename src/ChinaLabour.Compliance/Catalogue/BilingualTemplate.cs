using System.Collections.Generic;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A message template in Chinese and English.</summary>
internal sealed record BilingualTemplate(MessageTemplate Zh, MessageTemplate En)
{
    public BilingualText Render(IReadOnlyDictionary<string, object?> values) => new(Zh.Render(values), En.Render(values));
}
