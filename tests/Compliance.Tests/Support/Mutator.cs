using System;
using System.Collections.Generic;
using System.Linq;

namespace Compliance.Tests.Support;

/// <summary>
/// Damages well-formed text the ways hand edits, bad exports and hostile input do: truncation, lost, doubled and
/// swapped lines, flipped characters, stray YAML/JSON punctuation, and values replaced by huge numbers, empty
/// texts, nulls, deep nesting, very long texts and unusual unicode. Seeded, so that every run damages the same way.
/// </summary>
internal sealed class Mutator
{
    private const string Punctuation = "[]{}:-&*!|>\"'\t,#%@`?\\\n";

    // NUL, no-break and ideographic spaces, a CJK character, BOM, lone surrogate halves, NEL, line separator, CR.
    private const string Unusual = "\0\u00A0\u3000中\uFEFF\uD800\uDC00\u0085\u2028\r";

    private static readonly string[] s_yamlValues =
    [
        "99999999999999999999999999999999", "1e400", "-1", "2147483648", "-9223372036854775809", "0.000000000000000000000000000001",
        "''", "\"\"", "null", "~", "", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]", Nested('[', ']', 100), Nested('{', '}', 60, "a: "),
        new string('x', 20_000), "😀 中文 \u202E\u200B\uFEFF é", "\"\\ud800\"", "\"\\0\\x01\"", "&a x", "*a", "*undefined",
        "!!binary AAAA", "!!int x", "!custom x", "|", ">-", "? x", "- - -", "2024-02-30", "0x7fffffff", ".nan", "-.inf",
        "{ a: 1, a: 2 }", "&a [*a]", "\t", "{ zh: x }", "(((((((((((1)))))))))))", "x => x", "x.GetType()",
    ];

    private static readonly string[] s_jsonValues =
    [
        "99999999999999999999999999999999", "1e400", "-1", "2147483648", "-0", "1.5", "0.000000000000000000000000000001",
        "\"\"", "null", "true", "[]", "{}", Nested('[', ']', 100), Nested('[', ']', 10), Nested('{', '}', 70, "\"a\": ", "null"),
        "\"" + new string('x', 20_000) + "\"", "\"😀 中文 \u202E\u200B\uFEFF é\"", "\"\\ud800\"", "\"\\u0000\"",
        "\"2024-02-30\"", "\"2024-1-1\"", "NaN", "'x'", "[1, 2, 3]", "{ \"id\": null }", "\"\\uD83D\"",
    ];

    private readonly Random _random;
    private readonly bool _json;

    /// <summary>Creates a mutator whose every run gives the same mutations.</summary>
    /// <param name="seed">Fixes the sequence of mutations.</param>
    /// <param name="json">Whether the text is JSON (else YAML), which decides the replacement values.</param>
    public Mutator(int seed, bool json)
    {
        _random = new Random(seed);
        _json = json;
    }

    /// <summary>Applies one to three mutations; returns their names, to tell a failure's input, and the text.</summary>
    public (string What, string Text) Mutate(string text)
    {
        var count = _random.Next(10) < 7 ? 1 : _random.Next(2, 4);
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var (name, mutated) = _random.Next(8) switch
            {
                0 => Truncate(text),
                1 => DeleteLine(text),
                2 => DuplicateLine(text),
                3 => SwapLines(text),
                4 => FlipCharacter(text),
                5 => InsertPunctuation(text),
                _ => ReplaceValue(text),
            };
            names.Add(name);
            text = mutated;
        }

        return (string.Join(" + ", names), text);
    }

    private static string Nested(char open, char close, int depth, string key = "", string inner = "") =>
        string.Concat(Enumerable.Repeat(open + key, depth)) + inner + new string(close, depth);

    private (string, string) Truncate(string text)
    {
        var at = _random.Next(text.Length + 1);
        return ($"truncate at {at}", text[..at]);
    }

    private (string, string) DeleteLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = _random.Next(lines.Count);
        lines.RemoveAt(at);
        return ($"delete line {at + 1}", string.Join('\n', lines));
    }

    private (string, string) DuplicateLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = _random.Next(lines.Count);
        lines.Insert(_random.Next(lines.Count + 1), lines[at]);
        return ($"duplicate line {at + 1}", string.Join('\n', lines));
    }

    private (string, string) SwapLines(string text)
    {
        var lines = text.Split('\n');
        var (a, b) = (_random.Next(lines.Length), _random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return ($"swap lines {a + 1} and {b + 1}", string.Join('\n', lines));
    }

    private (string, string) FlipCharacter(string text)
    {
        if (text.Length == 0)
        {
            return ("flip nothing", text);
        }

        var at = _random.Next(text.Length);
        var c = _random.Next(3) switch
        {
            0 => (char)(text[at] ^ (1 << _random.Next(16))),
            1 => Punctuation[_random.Next(Punctuation.Length)],
            _ => Unusual[_random.Next(Unusual.Length)],
        };
        return ($"flip character {at} to U+{(int)c:X4}", text[..at] + c + text[(at + 1)..]);
    }

    private (string, string) InsertPunctuation(string text)
    {
        var at = _random.Next(text.Length + 1);
        var length = _random.Next(1, 4);
        var inserted = new string(Enumerable.Range(0, length).Select(_ => Punctuation[_random.Next(Punctuation.Length)]).ToArray());
        return ($"insert {Escape(inserted)} at {at}", text[..at] + inserted + text[at..]);
    }

    private (string, string) ReplaceValue(string text)
    {
        var lines = text.Split('\n');
        var candidates = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(':', StringComparison.Ordinal)).ToArray();
        if (candidates.Length == 0)
        {
            return ("replace no value", text);
        }

        var line = candidates[_random.Next(candidates.Length)];
        var values = _json ? s_jsonValues : s_yamlValues;
        var value = values[_random.Next(values.Length)];
        var colon = lines[line].IndexOf(':', StringComparison.Ordinal);
        var tail = _json && lines[line].TrimEnd().EndsWith(',') ? "," : string.Empty;
        lines[line] = lines[line][..(colon + 1)] + " " + value + tail;
        var shown = value.Length > 40 ? value[..40] + "…" : value;
        return ($"replace value on line {line + 1} with {Escape(shown)}", string.Join('\n', lines));
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)c:X4}" : c.ToString()));
}
