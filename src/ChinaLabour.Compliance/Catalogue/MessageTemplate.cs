using System;
using System.Collections.Generic;
using System.Text;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>
/// A message with placeholders for named values, <c>{dispatched}</c> or <c>{ratio:P1}</c>; <c>{{</c> and <c>}}</c>
/// stand for braces. Parsed when the catalogue loads, so a bad template never reaches a report.
/// </summary>
internal sealed class MessageTemplate
{
    private readonly IReadOnlyList<Segment> _segments;

    private MessageTemplate(string text, IReadOnlyList<Segment> segments)
    {
        Text = text;
        _segments = segments;
    }

    public string Text { get; }

    public IEnumerable<(string Name, string? Format)> Placeholders
    {
        get
        {
            foreach (var segment in _segments)
            {
                if (segment.Name is not null)
                {
                    yield return (segment.Name, segment.Format);
                }
            }
        }
    }

    /// <summary>Parses <paramref name="text"/>; returns null and a reason when it is malformed.</summary>
    public static MessageTemplate? Parse(string text, out string? error)
    {
        var segments = new List<Segment>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    error = $"'{{' at character {i + 1} is not closed by '}}'";
                    return null;
                }

                var body = text[(i + 1)..close];
                var colon = body.IndexOf(':', StringComparison.Ordinal);
                var name = (colon < 0 ? body : body[..colon]).Trim();
                if (name.Length == 0)
                {
                    error = $"the placeholder at character {i + 1} names no value";
                    return null;
                }

                segments.Add(new Segment(literal.ToString(), null, null));
                literal.Clear();
                segments.Add(new Segment(string.Empty, name, colon < 0 ? null : body[(colon + 1)..]));
                i = close;
            }
            else if (c == '}')
            {
                error = $"'}}' at character {i + 1} closes nothing; write '}}}}' for a brace";
                return null;
            }
            else
            {
                literal.Append(c);
            }
        }

        segments.Add(new Segment(literal.ToString(), null, null));
        error = null;
        return new MessageTemplate(text, segments);
    }

    public string Render(IReadOnlyDictionary<string, object?> values)
    {
        var builder = new StringBuilder();
        foreach (var segment in _segments)
        {
            builder.Append(segment.Literal);
            if (segment.Name is not null)
            {
                builder.Append(ValueFormatter.Format(values.GetValueOrDefault(segment.Name), segment.Format));
            }
        }

        return builder.ToString();
    }

    private sealed record Segment(string Literal, string? Name, string? Format);
}
