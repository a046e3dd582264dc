using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using ChinaLabour.Compliance.Checking;
using NodaTime;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// A record's figures: <c>values</c> as one object by name, and <c>texts</c> only for those whose words differ from
/// the value as written — most figures read the same both ways, and a report spends most of its figures' bytes on the
/// repetition.
/// </summary>
internal static class RecordValues
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<NamedValue> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        w.WriteStartObject("values");
        var differ = false;
        foreach (var value in values)
        {
            w.WritePropertyName(value.Name);
            ReportJson.Value(w, value.Value);
            differ |= !ReadsAsWritten(value);
        }

        w.WriteEndObject();
        if (!differ)
        {
            return;
        }

        w.WriteStartObject("texts");
        foreach (var value in values)
        {
            if (!ReadsAsWritten(value))
            {
                w.WriteString(value.Name, value.Text);
            }
        }

        w.WriteEndObject();
    }

    /// <summary>Whether the value's text is the value as a record writes it, so that a reader can show the value itself.</summary>
    private static bool ReadsAsWritten(NamedValue value) => string.Equals(value.Text, Plain(value.Value), StringComparison.Ordinal);

    private static string? Plain(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        LocalDate date => ReportJson.Date(date),
        _ => null,
    };
}
