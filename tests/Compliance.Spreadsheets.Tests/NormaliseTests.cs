using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Spreadsheets;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>
/// <see cref="ImportVocabulary.Normalise"/> skips NFKC for text it can tell is already in that form; for every input
/// it must give what the ICU path gave (<see cref="NormaliseBefore"/>), or throw as it threw.
/// </summary>
public sealed class NormaliseTests
{
    [Fact]
    public void Every_character_alone_and_among_others_normalises_as_before()
    {
        var inputs = new List<string>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var s = c.ToString();
            inputs.AddRange([s, "Ab" + s + "c", s + "（注）", "  " + s + "\u0301", "e" + s, s + "-X_y "]);
        }

        Mismatches(inputs).Should().BeEmpty();
    }

    [Fact]
    public void The_vocabulary_words_and_headers_in_other_cases_widths_and_spacing_normalise_as_before()
    {
        var vocabulary = ImportVocabulary.Default;
        var words = vocabulary.EnumWords.Values.SelectMany(v => v.SelectMany(w => w.Words.Prepend(w.Value)))
            .Concat(vocabulary.BooleanWords.SelectMany(b => b.Words))
            .Concat(vocabulary.NoneWords)
            .Concat(vocabulary.Tables.SelectMany(t => t.Names.Concat(t.Columns.SelectMany(c => c.Headers))))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        words.Should().HaveCountGreaterThan(100);
        var inputs = words.SelectMany(w => new[]
        {
            w, w.ToUpperInvariant(), " " + w + "\t", FullWidth(w), w + "(yyyy-mm-dd)", w + "（说明）", "(" + w, "\u3000" + w + "\u00A0",
            w.Replace('_', '-'), string.Join(' ', w.ToCharArray()), w + "\u0308", w.Normalize(System.Text.NormalizationForm.FormD),
        });
        Mismatches(inputs).Should().BeEmpty();
    }

    [Fact]
    public void Random_mixes_of_ascii_chinese_full_width_and_combining_text_normalise_as_before()
    {
        // Seeded, so a failure repeats; the alphabet mixes what the fast path takes with what it must hand to ICU.
        const string alphabet = "aZz09 _-\t(（)是否劳务派遣无\u4E00\u9FFF\u4DFF\uA000ＡＺａ０（）\u3000\u00A0\u0301\u0308ﬁ①²ÅÉé\u212B\uF900\u1100\u1161\uAC00ｶﾞ";
        var random = new Random(18);
        var inputs = Enumerable.Range(0, 50_000).Select(_ =>
            new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));
        Mismatches(inputs).Should().BeEmpty();
    }

    [Fact]
    public void Text_that_needs_no_change_comes_back_as_it_is()
    {
        const string text = "劳务派遣";
        ImportVocabulary.Normalise(text).Should().BeSameAs(text);
        ImportVocabulary.Normalise("Dispatched").Should().Be("dispatched");
    }

    private static List<string> Mismatches(IEnumerable<string> inputs) =>
        inputs.Where(i => Outcome(ImportVocabulary.Normalise, i) != Outcome(NormaliseBefore.Normalise, i))
            .Select(i => $"{Escaped(i)}: {Outcome(NormaliseBefore.Normalise, i)} before, {Outcome(ImportVocabulary.Normalise, i)} now")
            .Take(20)
            .ToList();

    private static string Outcome(Func<string, string> normalise, string input)
    {
        try
        {
            return Escaped(normalise(input));
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));

    private static string FullWidth(string text) =>
        new(text.Select(c => c is > ' ' and < '\u007F' ? (char)(c - '!' + '！') : c).ToArray());
}
