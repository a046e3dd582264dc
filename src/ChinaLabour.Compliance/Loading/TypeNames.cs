using System;
using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Names types the way rule authors write about them.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> s_names = new()
    {
        [typeof(bool)] = "true/false",
        [typeof(int)] = "a whole number",
        [typeof(long)] = "a whole number",
        [typeof(decimal)] = "a decimal number",
        [typeof(double)] = "a number",
        [typeof(string)] = "a text",
    };

    public static string Describe(Type type)
    {
        if (s_names.TryGetValue(type, out var name))
        {
            return name;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            return Describe(type.GetGenericArguments()[0]) + " or nothing";
        }

        var sequence = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return sequence is not null && type != typeof(string)
            ? "a list of " + sequence.GetGenericArguments()[0].Name
            : type.Name;
    }
}
