using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Cli;

/// <summary>RFC 4180 rows: fields quoted when they hold a comma, quote or line break.</summary>
internal static class Csv
{
    public static string Row(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    private static string Field(string? value)
    {
        value ??= string.Empty;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
