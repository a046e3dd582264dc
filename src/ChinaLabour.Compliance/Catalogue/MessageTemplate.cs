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

    /// <summary>The template's literals and placeholders, in order: for the checker, which writes messages from its named values.</summary>
    internal IReadOnlyList<Segment> Segments => _segments;

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

    /// <summary>Writes the message with <paramref name="values"/> by name, each formatted here: the plain form, which tests hold the checker's to.</summary>
    /// <param name="values">Values by name.</param>
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

    /// <summary>A literal text, then the placeholder that follows it, if any.</summary>
    /// <param name="Literal">The text before the placeholder, braces unescaped.</param>
    /// <param name="Name">The value's name; null after the last literal.</param>
    /// <param name="Format">The placeholder's format, e.g. <c>P1</c>; null when none is given.</param>
    internal sealed record Segment(string Literal, string? Name, string? Format);
}
