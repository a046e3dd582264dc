using System;
using System.Collections.Concurrent;
using System.Text.Json;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// The names reports use for enumeration values: the member's name in camelCase (<c>NotApplicable</c> →
/// <c>notApplicable</c>), fixed and independent of culture, so a new member is named without a switch to forget.
/// </summary>
internal static class Names
{
    private static readonly ConcurrentDictionary<Enum, string> s_names = new();

    /// <summary>The camelCase name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a member of its enumeration.</exception>
    public static string Of<T>(T value)
        where T : struct, Enum =>
        s_names.GetOrAdd(value, static v => Enum.GetName(v.GetType(), v) is { } name
            ? JsonNamingPolicy.CamelCase.ConvertName(name)
            : throw new ArgumentOutOfRangeException(nameof(value), v, $"{v.GetType().Name} has no member {v}"));
}
