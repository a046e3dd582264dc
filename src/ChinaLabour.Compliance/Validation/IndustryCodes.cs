using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// GB/T 4754-2017 industry codes (国民经济行业分类): sections A to T, divisions, groups and classes, the table
/// shipped in the assembly (Validation/Tables/gb4754-2017.tsv; its README says where it comes from and where it
/// departs from the standard's text).
/// </summary>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
internal sealed class IndustryCodes
{
    /// <summary>The logical name of the embedded table.</summary>
    public const string ResourceName = "tables/gb4754-2017.tsv";

    private const string Header = "code\tname\tlevel\tparent\tnote";

    private static readonly Lazy<IndustryCodes> s_default = new(() =>
    {
        using var reader = CodeTable.OpenResource(ResourceName);
        return Load(reader);
    });

    private readonly FrozenDictionary<string, Industry> _industries;

    private IndustryCodes(FrozenDictionary<string, Industry> industries) => _industries = industries;

    /// <summary>The table shipped in the assembly, read on first use (once, whichever thread asks first).</summary>
    public static IndustryCodes Default => s_default.Value;

    /// <summary>How many codes the table holds, at all levels.</summary>
    public int Count => _industries.Count;

    /// <summary>Every code, in code order (digits before letters).</summary>
    public IEnumerable<Industry> All => _industries.Values.OrderBy(i => i.Code, StringComparer.Ordinal);

    /// <summary>How many codes the table holds at one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The number of sections, divisions, groups or classes.</returns>
    public int CountAt(IndustryLevel level) => _industries.Values.Count(i => i.Level == level);

    /// <summary>
    /// Looks up a code written as a section letter (B), as two, three or four digits (06, 061, 0610), or as the
    /// section letter followed by the digits (B06, B061, B0610). White space around the code is ignored and the
    /// letter may be lowercase; a letter that is not the digits' section finds nothing.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="industry">The industry; null when the code is malformed or the table does not know it.</param>
    /// <returns>True when the table knows the code.</returns>
    public bool TryGet(string? code, [NotNullWhen(true)] out Industry? industry)
    {
        industry = null;
        if (code is null)
        {
            return false;
        }

        var text = code.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        char? letter = null;
        if (char.IsAsciiLetter(text[0]))
        {
            letter = char.ToUpperInvariant(text[0]);
            text = text[1..];
            if (text.IsEmpty)
            {
                return _industries.TryGetValue(new string(letter.Value, 1), out industry) && industry.Level == IndustryLevel.Section;
            }
        }

        if (text.Length is < 2 or > 4 || !CodeTable.IsDigits(text))
        {
            return false;
        }

        if (!_industries.TryGetValue(text.ToString(), out var found) || (letter is { } l && found.Section != l))
        {
            return false;
        }

        industry = found;
        return true;
    }

    /// <summary>Reads a table in the format of gb4754-2017.tsv.</summary>
    /// <param name="reader">The table; read to the end, not disposed.</param>
    /// <returns>The codes it holds.</returns>
    /// <exception cref="InvalidDataException">The table is malformed: a bad code, level or note, or a parent it does not hold.</exception>
    internal static IndustryCodes Load(TextReader reader)
    {
        var rows = CodeTable.ReadRows(reader, Header);
        var byCode = new Dictionary<string, string[]>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row[1].Length == 0 || !byCode.TryAdd(row[0], row))
            {
                throw new InvalidDataException($"Bad or repeated industry code '{row[0]}'.");
            }
        }

        var industries = new Dictionary<string, Industry>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row[0];
            var level = ParseLevel(code, row[2]);
            var parentCode = row[3].Length == 0 ? null : row[3];
            var expectedParent = level switch
            {
                IndustryLevel.Section => null,
                IndustryLevel.Division => parentCode,
                _ => code[..^1],
            };
            if (!string.Equals(parentCode, expectedParent, StringComparison.Ordinal)
                || (parentCode is not null && (!byCode.TryGetValue(parentCode, out var parent) || ParseLevel(parentCode, parent[2]) != level - 1)))
            {
                throw new InvalidDataException($"{code}: bad parent '{row[3]}'.");
            }

            var isDerived = row[4] switch
            {
                "" or "erratum" => false,
                "derived" => true,
                _ => throw new InvalidDataException($"{code}: unknown note '{row[4]}'."),
            };

            industries.Add(code, new Industry(code, row[1], level, SectionOf(code, byCode), parentCode, isDerived));
        }

        return new IndustryCodes(industries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static char SectionOf(string code, Dictionary<string, string[]> byCode)
    {
        if (code.Length == 1)
        {
            return code[0];
        }

        return byCode.TryGetValue(code[..2], out var division) && division[3].Length == 1
            ? division[3][0]
            : throw new InvalidDataException($"{code}: no division {code[..2]} with a section.");
    }

    private static IndustryLevel ParseLevel(string code, string level)
    {
        IndustryLevel? expected = code.Length switch
        {
            1 when code[0] is >= 'A' and <= 'Z' => IndustryLevel.Section,
            2 when CodeTable.IsDigits(code) => IndustryLevel.Division,
            3 when CodeTable.IsDigits(code) => IndustryLevel.Group,
            4 when CodeTable.IsDigits(code) => IndustryLevel.Class,
            _ => null,
        };
        var found = level switch
        {
            "section" => IndustryLevel.Section,
            "division" => IndustryLevel.Division,
            "group" => IndustryLevel.Group,
            "class" => IndustryLevel.Class,
            _ => throw new InvalidDataException($"{code}: unknown level '{level}'."),
        };
        return found == expected ? found : throw new InvalidDataException($"{code}: level '{level}' does not fit the code.");
    }
}
