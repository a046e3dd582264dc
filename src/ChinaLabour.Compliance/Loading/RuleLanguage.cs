using System.IO;
using System.Xml.Linq;

namespace ChinaLabour.Compliance.Loading;

/// <summary>What rule authors may write in expressions, as a reference page.</summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class RuleLanguage
{
    /// <summary>
    /// Every fact, member, helper and enumeration value a rule expression may use, with its type and meaning, as
    /// Markdown (docs/expression-reference.md); meanings come from the XML documentation beside the assembly, and are
    /// left out where it is not there.
    /// </summary>
    /// <returns>The reference page.</returns>
    public static string ReferenceMarkdown()
    {
        var location = typeof(RuleLanguage).Assembly.Location;
        var docs = location.Length > 0 && Path.ChangeExtension(location, ".xml") is { } path && File.Exists(path) ? XDocument.Load(path) : null;
        return ExpressionReference.Markdown(docs);
    }
}
