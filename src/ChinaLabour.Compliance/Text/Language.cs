namespace ChinaLabour.Compliance.Text;

/// <summary>A language the catalogue and the reports speak.</summary>
public enum Language
{
    /// <summary>Chinese.</summary>
    Zh,

    /// <summary>English.</summary>
    En,
}
