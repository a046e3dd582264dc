using ChinaLabour.Compliance.Text;

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
        return ExpressionReference.Markdown(XmlDocs.Load(typeof(RuleLanguage).Assembly));
    }
}
