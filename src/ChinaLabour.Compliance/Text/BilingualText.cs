namespace ChinaLabour.Compliance.Text;

/// <summary>A text in Chinese and its English rendering.</summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record BilingualText(string Zh, string En)
{
    /// <summary>The text in the requested language.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Zh"/> or <see cref="En"/>.</returns>
    public string In(Language language) => language == Language.Zh ? Zh : En;
}
