using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Catalogue;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Catalogue;

/// <summary>
/// The coverage matrix lists every numbered clause of every document. The clauses are found here independently,
/// straight from each source text, so a clause left out of a rule file's coverage fails the test by name.
/// </summary>
public sealed partial class CoverageMatrixTests
{
    private static readonly string s_sources = Path.Combine(AppContext.BaseDirectory, "rules", "sources");

    public static TheoryData<string> Documents => [.. Bundled.Catalogue.Documents.Select(d => d.Number)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Coverage_lists_every_numbered_clause_of_the_document_in_order(string number)
    {
        var document = Bundled.Catalogue.Documents.Single(d => d.Number == number);
        var text = File.ReadAllText(Path.Combine(s_sources, Path.GetFileName(document.Source)));

        var expected = ClausesOf(document.Number, text);

        expected.Should().NotBeEmpty();
        document.Coverage.Select(c => c.Clause).Should().Equal(expected);
    }

    [Fact]
    public void Every_rule_is_in_its_documents_coverage_as_encoded()
    {
        var encoded = Bundled.Catalogue.Documents
            .SelectMany(d => d.Coverage.Where(c => c.Status == CoverageStatus.Encoded).SelectMany(c => c.RuleIds))
            .ToHashSet();

        Bundled.Catalogue.Rules.Select(r => r.Id).Where(id => !encoded.Contains(id)).Should().BeEmpty();
    }

    /// <summary>The clauses as each document numbers them, read from its text.</summary>
    internal static IReadOnlyList<string> ClausesOf(string number, string text) => number switch
    {
        "晋人社办发〔2022〕18号" => ChapterItems(text),
        "朔安发〔2022〕3号" => MeasuresAndAnnex(text),
        _ when ArticleLine().IsMatch(text) => Consecutive(ArticleLine().Matches(text).Select(m => Numerals.Parse(m.Groups[1].Value))).Select(n => $"第{Numerals.Format(n)}条").ToArray(),
        _ => Consecutive(ParenthesisedNumeral().Matches(text).Select(m => Numerals.Parse(m.Groups[1].Value))).Select(n => $"（{Numerals.Format(n)}）").ToArray(),
    };

    /// <summary>Chapters 一、二、… with their items （一）（二）…; a chapter without items is one clause.</summary>
    private static List<string> ChapterItems(string text)
    {
        var clauses = new List<string>();
        string? chapter = null;
        var chapterHasItems = false;
        foreach (var line in text.Split('\n').Select(l => l.Trim()))
        {
            var heading = ChapterHeading().Match(line);
            if (heading.Success && Numerals.Parse(heading.Groups[1].Value) == (chapter is null ? 1 : Numerals.Parse(chapter) + 1))
            {
                if (chapter is not null && !chapterHasItems)
                {
                    clauses.Add(chapter);
                }

                chapter = heading.Groups[1].Value;
                chapterHasItems = false;
                continue;
            }

            var item = LineItem().Match(line);
            if (chapter is not null && item.Success)
            {
                clauses.Add($"{chapter}（{item.Groups[1].Value}）");
                chapterHasItems = true;
            }
        }

        if (chapter is not null && !chapterHasItems)
        {
            clauses.Add(chapter);
        }

        return clauses;
    }

    /// <summary>Measures 1, 2, … at the start of a line, then the annex's national measures 一、二、… in bold.</summary>
    private static List<string> MeasuresAndAnnex(string text)
    {
        var annex = text.IndexOf("## 附件", StringComparison.Ordinal);
        var measures = Consecutive(NumberedLine().Matches(text[..annex]).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var national = Consecutive(BoldNumeral().Matches(text[annex..]).Select(m => Numerals.Parse(m.Groups[1].Value)))
            .Select(n => $"附件{Numerals.Format(n)}");
        return [.. measures, .. national];
    }

    /// <summary>Keeps 1, 2, 3, … in order, skipping sub-lists and cross-references that restart or jump.</summary>
    private static IEnumerable<int> Consecutive(IEnumerable<int> numbers)
    {
        var next = 1;
        foreach (var n in numbers)
        {
            if (n == next)
            {
                yield return n;
                next++;
            }
        }
    }

    /// <summary>An article of a law, 第N条 at the start of a line.</summary>
    [GeneratedRegex(@"^\s*第([一二三四五六七八九十百零]+)条", RegexOptions.Multiline)]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"[（(]([一二三四五六七八九十]+)[）)]")]
    private static partial Regex ParenthesisedNumeral();

    [GeneratedRegex(@"^([一二三四五六七八九十]+)、")]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"^[（(]([一二三四五六七八九十]+)[）)]")]
    private static partial Regex LineItem();

    [GeneratedRegex(@"^\s*(?:<p>)?(\d+)[\.．]", RegexOptions.Multiline)]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"<b>([一二三四五六七八九十]+)、")]
    private static partial Regex BoldNumeral();
}
