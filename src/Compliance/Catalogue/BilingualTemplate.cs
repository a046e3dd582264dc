using System.Collections.Generic;
using Compliance.Text;

namespace Compliance.Catalogue;

/// <summary>A message template in Chinese and English.</summary>
internal sealed record BilingualTemplate(MessageTemplate Zh, MessageTemplate En)
{
    public BilingualText Render(IReadOnlyDictionary<string, object?> values) => new(Zh.Render(values), En.Render(values));
}
