using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// GB/T 2260 administrative region codes, current and retired, at province, prefecture and county level, with
/// their history since 1981: the table shipped in the assembly (Validation/Tables/gb2260.tsv; its README says where
/// it comes from).
/// </summary>
/// <remarks>
/// <para>
/// An ID number or a credit code carries the region code in force when it was issued, so a lookup finds retired
/// codes too; <see cref="Region.IsCurrent"/> tells them apart and <see cref="Region.Periods"/> says when the code
/// was in use, under which names, and which codes took its area over. The table is built from the Ministry of
/// Civil Affairs' yearly lists from 1981 (<see cref="FirstYear"/>) to <see cref="AsOf"/>: a code is current when
/// the latest list carries it. Summary lines (市辖区, 县, 省直辖县级行政区划) and the statistics bureau's development-zone
/// codes are no regions and are not in it.
/// </para>
/// <para>
/// Six-digit codes are looked up with <see cref="TryGet"/>; two- and four-digit prefixes, as rules give their
/// jurisdiction, with <see cref="TryGetPrefix"/>, which answers with the province or prefecture the prefix names.
/// </para>
/// </remarks>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
internal sealed class RegionCodes
{
    /// <summary>The logical name of the embedded table.</summary>
    public const string ResourceName = "tables/gb2260.tsv";

    private const string Header = "code\tname\tlevel\tparent\tstatus\tsince\tuntil\tsuccessors";

    private static readonly Lazy<RegionCodes> s_default = new(() =>
    {
        using var reader = CodeTable.OpenResource(ResourceName);
        return Load(reader);
    });

    private readonly FrozenDictionary<string, Region> _regions;

    private RegionCodes(FrozenDictionary<string, Region> regions, int firstYear, int lastYear)
    {
        _regions = regions;
        FirstYear = firstYear;
        AsOfYear = lastYear;
        AsOf = string.Create(CultureInfo.InvariantCulture, $"{lastYear:D4}-12-31");
    }

    /// <summary>The table shipped in the assembly, read on first use (once, whichever thread asks first).</summary>
    public static RegionCodes Default => s_default.Value;

    /// <summary>How many codes the table holds, current and retired.</summary>
    public int Count => _regions.Count;

    /// <summary>The year of the latest list the table is built from; a code it carries is current.</summary>
    /// <remarks>Read from the table: the latest year in which a period begins or ends.</remarks>
    public int AsOfYear { get; }

    /// <summary>The date of the latest list the table is built from (yyyy-MM-dd; each list is as of 31 December), e.g. 2024-12-31.</summary>
    public string AsOf { get; }

    /// <summary>The year of the earliest list the table is built from (1981): codes retired before it are not known.</summary>
    public int FirstYear { get; }

    /// <summary>Every code, in code order.</summary>
    public IEnumerable<Region> All => _regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal);

    /// <summary>Looks up a six-digit code, current or retired.</summary>
    /// <param name="code">Exactly six ASCII digits; nothing is trimmed.</param>
    /// <param name="region">The region, with its history; null when the table does not know the code.</param>
    /// <returns>True when the table knows the code.</returns>
    public bool TryGet(string? code, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        return code is { Length: 6 } && CodeTable.IsDigits(code) && _regions.TryGetValue(code, out region);
    }

    /// <summary>
    /// Looks up the province or prefecture a code prefix names: two digits for a province (14 → 140000 山西省),
    /// four for a prefecture (1406 → 140600 朔州市), current or retired (1422 → 142200 忻州地区, until 2000).
    /// </summary>
    /// <param name="prefix">Exactly two or four ASCII digits; nothing is trimmed.</param>
    /// <param name="region">The province or prefecture; null when the prefix names none.</param>
    /// <returns>
    /// True when the table knows the province or prefecture. False for a six-digit code (use <see cref="TryGet"/>),
    /// for xx00, and for the four-digit prefixes under which no prefecture-level code exists: the districts of the
    /// municipalities (1101) and the county-level units directly under a province (4290) hang off the province,
    /// whose two-digit prefix names them.
    /// </returns>
    public bool TryGetPrefix(string? prefix, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        var code = prefix switch
        {
            { Length: 2 } => prefix + "0000",
            { Length: 4 } when !prefix.EndsWith("00", StringComparison.Ordinal) => prefix + "00",
            _ => null,
        };
        return code is not null && CodeTable.IsDigits(prefix) && _regions.TryGetValue(code, out region);
    }

    /// <summary>Reads a table in the format of gb2260.tsv (see its README).</summary>
    /// <param name="reader">The table; read to the end, not disposed.</param>
    /// <returns>The codes it holds.</returns>
    /// <exception cref="InvalidDataException">
    /// The table is malformed; the message names the line and the code. A bad code, name, level, status, year or
    /// successor; rows out of order or periods of one code that overlap; a parent without one period that spans the
    /// row's; or no rows at all.
    /// </exception>
    internal static RegionCodes Load(TextReader reader)
    {
        var cells = CodeTable.ReadRows(reader, Header);
        if (cells.Count == 0)
        {
            throw new InvalidDataException("The region table holds no rows.");
        }

        var rows = new List<Row>(cells.Count);
        var byCode = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var row = Row.Parse(cells[i], line: i + 2);
            if (rows.Count > 0 && !IsAfter(rows[^1], row))
            {
                throw row.Error($"out of order, or overlapping the period on line {rows[^1].Line}: rows are sorted by code, then by since, and a code's periods do not overlap");
            }

            rows.Add(row);
            if (!byCode.TryGetValue(row.Code, out var periods))
            {
                byCode.Add(row.Code, periods = []);
            }

            periods.Add(row);
        }

        // Parents first, so that a row's names can be composed from its parent's period.
        var resolved = new Dictionary<Row, RegionPeriod>(rows.Count);
        foreach (var row in rows.OrderBy(r => r.Level))
        {
            resolved.Add(row, Resolve(row, byCode, resolved));
        }

        var regions = byCode.ToFrozenDictionary(
            p => p.Key,
            p => new Region(p.Key, p.Value[0].Level, p.Value.Select(r => resolved[r]).ToArray()),
            StringComparer.Ordinal);
        var firstYear = rows.Min(r => r.Since);
        var lastYear = rows.Max(r => Math.Max(r.Since, r.Until ?? 0));
        return new RegionCodes(regions, firstYear, lastYear);
    }

    /// <summary>A row follows another: a later code, or the same code in a later period that begins after the other ended.</summary>
    private static bool IsAfter(Row previous, Row row)
    {
        var order = string.CompareOrdinal(previous.Code, row.Code);
        return order < 0 || (order == 0 && previous.Until is { } until && until <= row.Since);
    }

    private static RegionPeriod Resolve(Row row, Dictionary<string, List<Row>> byCode, Dictionary<Row, RegionPeriod> resolved)
    {
        var successors = new RegionSuccessor[row.Successors.Length];
        for (var i = 0; i < successors.Length; i++)
        {
            var (code, year) = row.Successors[i];
            if (!byCode.ContainsKey(code))
            {
                throw row.Error($"successor {code} is not in the table");
            }

            successors[i] = new RegionSuccessor(code, year);
        }

        if (row.ParentCode is null)
        {
            return new RegionPeriod(row.Name, null, row.Since, row.Until, successors, row.Name, row.Name);
        }

        // The parent's period that spans this one (the lists carry the parent under one name throughout).
        var parent = byCode.TryGetValue(row.ParentCode, out var candidates)
            ? candidates.FirstOrDefault(p => p.Since <= row.Since && (p.Until is null || (row.Until is { } until && until <= p.Until)))
            : null;
        if (parent is null)
        {
            throw row.Error($"parent {row.ParentCode} has no period that spans {row.Since}-{row.Until}");
        }

        var parentPeriod = resolved[parent];
        return new RegionPeriod(
            row.Name,
            row.ParentCode,
            row.Since,
            row.Until,
            successors,
            parentPeriod.Name + row.Name,
            parentPeriod.FullName + row.Name);
    }

    /// <summary>One row of the table, checked on its own.</summary>
    private sealed class Row
    {
        private Row(int line, string code)
        {
            Line = line;
            Code = code;
        }

        public int Line { get; }

        public string Code { get; }

        public string Name { get; private init; } = string.Empty;

        public RegionLevel Level { get; private init; }

        public string? ParentCode { get; private init; }

        public int Since { get; private init; }

        public int? Until { get; private init; }

        public (string Code, int Year)[] Successors { get; private init; } = [];

        public static Row Parse(string[] cells, int line)
        {
            var code = cells[0];
            var probe = new Row(line, code);
            if (code.Length != 6 || !CodeTable.IsDigits(code))
            {
                throw probe.Error("the code is not six digits");
            }

            if (cells[1].Length == 0)
            {
                throw probe.Error("the name is empty");
            }

            var level = ParseLevel(probe, cells[2]);
            var parentCode = cells[3].Length == 0 ? null : cells[3];
            if (level == RegionLevel.Province ? parentCode is not null : parentCode is null || !IsParent(code, level, parentCode))
            {
                throw probe.Error($"bad parent '{cells[3]}'");
            }

            var since = ParseYear(probe, cells[5], "since");
            int? until = cells[6].Length == 0 ? null : ParseYear(probe, cells[6], "until");
            if (until <= since)
            {
                throw probe.Error($"until {until} is not after since {since}");
            }

            var isCurrent = cells[4] switch
            {
                "current" => true,
                "retired" => false,
                _ => throw probe.Error($"unknown status '{cells[4]}'"),
            };
            if (isCurrent != until is null)
            {
                throw probe.Error(isCurrent ? "a current period has no until" : "a retired period needs an until");
            }

            return new Row(line, code)
            {
                Name = cells[1],
                Level = level,
                ParentCode = parentCode,
                Since = since,
                Until = until,
                Successors = ParseSuccessors(probe, cells[7], since, until),
            };
        }

        public InvalidDataException Error(string what) => new($"Line {Line} ({Code}): {what}.");

        private static RegionLevel ParseLevel(Row row, string level)
        {
            var expected = row.Code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
                : row.Code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.Prefecture
                : RegionLevel.County;
            var found = level switch
            {
                "province" => RegionLevel.Province,
                "prefecture" => RegionLevel.Prefecture,
                "county" => RegionLevel.County,
                _ => throw row.Error($"unknown level '{level}'"),
            };
            return found == expected ? found : throw row.Error($"level '{level}' does not fit the code");
        }

        private static int ParseYear(Row row, string text, string column) =>
            text.Length == 4 && CodeTable.IsDigits(text)
                ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
                : throw row.Error($"{column} '{text}' is not a year");

        /// <summary>Space-separated codes, each either bare (the change at <paramref name="until"/>) or with [yyyy], a year within the period.</summary>
        private static (string Code, int Year)[] ParseSuccessors(Row row, string text, int since, int? until)
        {
            if (text.Length == 0)
            {
                return [];
            }

            var tokens = text.Split(' ');
            var successors = new (string Code, int Year)[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                var code = token.Length >= 6 ? token[..6] : token;
                int year;
                if (token.Length == 6 && CodeTable.IsDigits(code) && until is { } end)
                {
                    year = end;
                }
                else if (token.Length == 12 && CodeTable.IsDigits(code) && token[6] == '[' && token[11] == ']'
                    && CodeTable.IsDigits(token.AsSpan(7, 4)))
                {
                    year = int.Parse(token.AsSpan(7, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                    if (year <= since || year >= until)
                    {
                        throw row.Error($"successor '{token}': the year is not within the period");
                    }
                }
                else
                {
                    throw row.Error($"bad successor '{token}' (six digits, with [yyyy] unless the period ended then)");
                }

                successors[i] = (code, year);
            }

            return successors;
        }

        /// <summary>A prefecture hangs off its province; a county off its prefecture or, failing that, its province.</summary>
        private static bool IsParent(string code, RegionLevel level, string parentCode)
        {
            var province = string.Concat(code.AsSpan(0, 2), "0000");
            var prefecture = string.Concat(code.AsSpan(0, 4), "00");
            return string.Equals(parentCode, province, StringComparison.Ordinal)
                || (level == RegionLevel.County && string.Equals(parentCode, prefecture, StringComparison.Ordinal));
        }
    }
}
