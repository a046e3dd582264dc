using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// What to do about the parser's commonest complaints: a misspelled member, fact, value or helper gets the allowed name
/// nearest to it, and a fact the rule reads without naming it under <c>needs</c> says so.
/// </summary>
internal static partial class ParseHints
{
    public static string For(string message, IReadOnlyList<ExpressionParameter> parameters)
    {
        if (UnknownMember().Match(message) is { Success: true } member)
        {
            var type = AllowList.CustomTypes.FirstOrDefault(t => t.Name == member.Groups["type"].Value);
            var names = type?.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(AllowList.IsAllowedMember).Select(p => p.Name) ?? [];
            return DidYouMean(member.Groups["name"].Value, names);
        }

        if (UnknownIdentifier().Match(message) is { Success: true } identifier)
        {
            var name = identifier.Groups["name"].Value;
            if (FactRoots.Types.ContainsKey(name) && parameters.All(p => p.Name != name))
            {
                return LoadMessages.AddToNeeds(name);
            }

            return DidYouMean(name, parameters.Select(p => p.Name).Concat(FactRoots.Types.Keys).Append(nameof(Fn)));
        }

        if (UnknownMethod().Match(message) is { Success: true } method && method.Groups["type"].Value == nameof(Fn))
        {
            return DidYouMean(method.Groups["name"].Value, typeof(Fn).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name));
        }

        return string.Empty;
    }

    private static string DidYouMean(string name, IEnumerable<string> names) =>
        Nearest.One(name, names) is { } nearest ? LoadMessages.DidYouMean(nearest) : string.Empty;

    [GeneratedRegex("No property or field '(?<name>[^']+)' exists in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("Unknown identifier '(?<name>[^']+)'")]
    private static partial Regex UnknownIdentifier();

    [GeneratedRegex("No applicable method '(?<name>[^']+)' exists in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMethod();
}
