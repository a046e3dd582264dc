using System;
using System.Collections.Generic;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// Writes a rule's message from its named values as the result states them: a placeholder without a format takes
/// the value's text, already formatted once for the report, and the values are searched by name, a handful per rule,
/// rather than put in a dictionary for every result. Gives what <see cref="MessageTemplate.Render"/> gives.
/// </summary>
internal static class MessageWriter
{
    public static BilingualText Render(BilingualTemplate template, IReadOnlyList<NamedValue> values) =>
        new(Render(template.Zh, values), Render(template.En, values));

    // One builder a thread, reused: a check renders a message for most of its rules, and a builder of its own for
    // each was a tenth of what a check allocated (profiled).
    private const int KeptCapacity = 8 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    private static string Render(MessageTemplate template, IReadOnlyList<NamedValue> values)
    {
        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        var segments = template.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            builder.Append(segment.Literal);
            if (segment.Name is not null)
            {
                // A value the rule did not compute reads as a dash, as a missing key does in the template.
                var value = Find(values, segment.Name);
                builder.Append(segment.Format is null && value is not null ? value.Text : ValueFormatter.Format(value?.Value, segment.Format));
            }
        }

        var text = builder.ToString();
        if (builder.Capacity > KeptCapacity)
        {
            // A message grown long (a list of many records) does not hold its memory for the thread's life.
            t_builder = null;
        }

        return text;
    }

    private static NamedValue? Find(IReadOnlyList<NamedValue> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i].Name, name, StringComparison.Ordinal))
            {
                return values[i];
            }
        }

        return null;
    }
}
