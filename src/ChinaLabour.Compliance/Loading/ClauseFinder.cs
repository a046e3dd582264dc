using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Finds a document's clauses in its text, as its declared numbering says, with the span of each.</summary>
internal static class ClauseFinder
{
    // A pattern comes from a rule file, which is untrusted: it runs without backtracking and within a time limit.
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    public static IReadOnlyList<ClauseSpan>? Find(ClauseNumbering numbering, string text, DiagnosticBag diagnostics)
    {
        var found = numbering.Pattern is { } pattern
            ? ByPattern(numbering, pattern, text, diagnostics)
            : ByList(numbering.List, text, diagnostics);
        if (found is null)
        {
            return null;
        }

        if (found.Count == 0)
        {
            diagnostics.Add(numbering.Start, LoadMessages.ClauseNumbering, null, LoadMessages.NoClausesFound);
            return null;
        }

        return found.Select((c, i) => c with { End = i + 1 < found.Count ? found[i + 1].Start : text.Length }).ToArray();
    }

    private static List<ClauseSpan>? ByPattern(ClauseNumbering numbering, string pattern, string text, DiagnosticBag diagnostics)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, s_timeout);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            diagnostics.Add(numbering.Start, LoadMessages.ClauseNumbering, null, LoadMessages.BadPattern(pattern, e.Message));
            return null;
        }

        // With a group 'n' the clauses count 1, 2, 3, …: a match out of turn is a cross-reference or a sub-list.
        var counted = regex.GetGroupNames().Contains("n");
        var next = 1;
        var found = new List<ClauseSpan>();
        try
        {
            foreach (Match match in regex.Matches(text))
            {
                if (counted && Numerals.TryParse(match.Groups["n"].Value) != next)
                {
                    continue;
                }

                next++;
                found.Add(new ClauseSpan(LabelOf(match, regex, numbering.Label), match.Index, 0));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            diagnostics.Add(numbering.Start, LoadMessages.ClauseNumbering, null, LoadMessages.PatternTimeout(pattern));
            return null;
        }

        return found;
    }

    private static string LabelOf(Match match, Regex regex, string? label)
    {
        if (label is null)
        {
            return match.Groups["clause"] is { Success: true } clause ? clause.Value.Trim() : match.Value.Trim();
        }

        foreach (var name in regex.GetGroupNames())
        {
            label = label.Replace("{" + name + "}", match.Groups[name].Value, StringComparison.Ordinal);
        }

        return label;
    }

    private static List<ClauseSpan>? ByList(IReadOnlyList<ClauseHeading> list, string text, DiagnosticBag diagnostics)
    {
        var found = new List<ClauseSpan>();
        var from = 0;
        string? previous = null;
        foreach (var heading in list)
        {
            var at = HeadingAt(heading.At, text, from);
            if (at < 0)
            {
                diagnostics.Add(heading.Start, LoadMessages.ClauseNumbering, null, LoadMessages.HeadingNotFound(heading.Clause, heading.At, previous));
                return null;
            }

            found.Add(new ClauseSpan(heading.Clause, at, 0));
            from = at + heading.At.Length;
            previous = heading.Clause;
        }

        return found;
    }

    /// <summary>
    /// Where a heading starts a line at or after <paramref name="from"/>, past white space and mark-up (<c>&lt;p&gt;</c>,
    /// <c>##</c>); a full-width bracket or stop in the heading also matches its half-width twin, as quotes do.
    /// </summary>
    private static int HeadingAt(string heading, string text, int from)
    {
        var folded = QuoteText.Fold(heading);
        var index = from == 0 ? 0 : text.IndexOf('\n', from) + 1;
        if (index == 0 && from > 0)
        {
            return -1;
        }

        while (index < text.Length)
        {
            var lineEnd = text.IndexOf('\n', index);
            var line = lineEnd < 0 ? text[index..] : text[index..lineEnd];
            var body = SkipMarkup(line);
            if (QuoteText.Fold(line[body..Math.Min(line.Length, body + heading.Length + 4)]).StartsWith(folded, StringComparison.Ordinal))
            {
                return index + body;
            }

            if (lineEnd < 0)
            {
                break;
            }

            index = lineEnd + 1;
        }

        return -1;
    }

    private static int SkipMarkup(string line)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i]) || line[i] is '#' or '*' or '>')
            {
                i++;
            }
            else if (line[i] == '<' && line.IndexOf('>', i) is var close and > 0)
            {
                i = close + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
