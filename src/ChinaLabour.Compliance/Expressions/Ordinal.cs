using System;
using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// The smallest and largest text of a sequence, compared ordinally: what <c>Min</c> and <c>Max</c> over texts compile
/// to, so that a rule's answer does not follow the machine's culture (张三 before 李四 under one, after it under another).
/// </summary>
internal static class Ordinal
{
    public static string? Min<T>(IEnumerable<T> source, Func<T, string?> selector) =>
        source.Select(selector).Where(s => s is not null).Min(StringComparer.Ordinal);

    public static string? Max<T>(IEnumerable<T> source, Func<T, string?> selector) =>
        source.Select(selector).Where(s => s is not null).Max(StringComparer.Ordinal);

    public static string? Min(IEnumerable<string?> source) => source.Where(s => s is not null).Min(StringComparer.Ordinal);

    public static string? Max(IEnumerable<string?> source) => source.Where(s => s is not null).Max(StringComparer.Ordinal);
}
