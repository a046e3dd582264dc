using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ChinaLabour.Compliance.Text;

/// <summary>
/// The summaries of the assembly's XML documentation (Compliance.xml), as Markdown text keyed by member id: the one
/// source of the meanings the generated reference pages (docs/expression-reference.md, docs/snapshot-reference.md) give.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
internal static partial class XmlDocs
{
    /// <summary>The XML documentation beside <paramref name="assembly"/>; <see langword="null"/> when it is not there.</summary>
    public static XDocument? Load(Assembly assembly)
    {
        var location = assembly.Location;
        return location.Length > 0 && Path.ChangeExtension(location, ".xml") is { } path && File.Exists(path) ? XDocument.Load(path) : null;
    }

    /// <summary>Every member's summary as one line of Markdown, following <c>inheritdoc cref</c>; empty without docs.</summary>
    /// <param name="docs">The XML documentation.</param>
    /// <param name="crefName">How a <c>see cref</c> is written, given its id (<c>P:…</c>); by default its last name.</param>
    public static IReadOnlyDictionary<string, string> Summaries(XDocument? docs, Func<string, string>? crefName = null)
    {
        crefName ??= cref => cref[(cref.LastIndexOf('.') + 1)..];
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = docs?.Root?.Element("members")?.Elements("member").ToArray() ?? [];
        var byName = members.ToDictionary(m => (string)m.Attribute("name")!, m => m, StringComparer.Ordinal);
        foreach (var (name, member) in byName)
        {
            var source = member.Element("inheritdoc")?.Attribute("cref")?.Value is { } cref && byName.TryGetValue(cref, out var inherited) ? inherited : member;
            summaries[name] = Text(source.Element("summary"), crefName);
        }

        return summaries;
    }

    /// <summary>The documentation id of a type (<c>T:…</c>).</summary>
    public static string Id(Type type) => "T:" + type.FullName;

    /// <summary>The documentation id of a property (<c>P:…</c>).</summary>
    public static string Id(PropertyInfo property) => $"P:{property.DeclaringType!.FullName}.{property.Name}";

    /// <summary>The documentation id of an enumeration value (<c>F:…</c>).</summary>
    public static string Id(Enum value) => $"F:{value.GetType().FullName}.{value}";

    /// <summary>The documentation id of a method (<c>M:…</c>).</summary>
    public static string Id(MethodInfo method) =>
        $"M:{method.DeclaringType!.FullName}.{method.Name}" + (method.GetParameters() is { Length: > 0 } parameters
            ? "(" + string.Join(",", parameters.Select(p => p.ParameterType.FullName)) + ")"
            : string.Empty);

    private static string Text(XElement? element, Func<string, string> crefName)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
                XElement { Name.LocalName: "see" } see => see.Attribute("langword")?.Value is { } word ? $"`{word}`"
                    : see.Attribute("cref")?.Value is { } cref ? $"`{crefName(cref)}`" : see.Value,
                XElement { Name.LocalName: "paramref" or "typeparamref" } p => $"`{p.Attribute("name")?.Value}`",
                XElement e => e.Value,
                _ => string.Empty,
            });
        }

        return WhiteSpace().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
