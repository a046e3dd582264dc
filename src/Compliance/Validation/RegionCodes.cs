using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;

namespace Compliance.Validation;

/// <summary>
/// GB/T 2260 administrative region codes, current and retired, at province, prefecture and county level: the
/// table shipped in the assembly (Validation/Tables/gb2260.tsv; its README says where it comes from).
/// </summary>
/// <remarks>
/// An ID number or a credit code carries the region code in force when it was issued, so a lookup finds retired
/// codes too; <see cref="Region.IsCurrent"/> tells them apart. The table is built from the Ministry of Civil
/// Affairs' lists of 2002-12 to 2020-11 (<see cref="AsOf"/>): a code retired before 2002-12, or created after the
/// as-of list, is not in it. Summary lines of the lists (市辖区, 县, 省直辖县级行政区划) are not regions and are
/// left out.
/// </remarks>
/// <threadsafety>Immutable once loaded; safe to share between threads.</threadsafety>
internal sealed class RegionCodes
{
    /// <summary>The logical name of the embedded table.</summary>
    public const string ResourceName = "tables/gb2260.tsv";

    private const string Header = "code\tname\tlevel\tparent\tstatus\tfirst\tlast";

    private static readonly Lazy<RegionCodes> s_default = new(() =>
    {
        using var reader = CodeTable.OpenResource(ResourceName);
        return Load(reader);
    });

    private readonly FrozenDictionary<string, Region> _regions;

    private RegionCodes(FrozenDictionary<string, Region> regions)
    {
        _regions = regions;
        AsOf = regions.Values.Max(r => r.LastListed) ?? string.Empty;
    }

    /// <summary>The table shipped in the assembly, read on first use (once, whichever thread asks first).</summary>
    public static RegionCodes Default => s_default.Value;

    /// <summary>How many codes the table holds, current and retired.</summary>
    public int Count => _regions.Count;

    /// <summary>The latest list (yyyyMM) the table is built from: a code it carries is current.</summary>
    public string AsOf { get; }

    /// <summary>Every code, in code order.</summary>
    public IEnumerable<Region> All => _regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal);

    /// <summary>Looks up a six-digit code.</summary>
    /// <param name="code">Exactly six ASCII digits; nothing is trimmed.</param>
    /// <param name="region">The region, current or retired; null when the table does not know the code.</param>
    /// <returns>True when the table knows the code.</returns>
    public bool TryGet(string? code, [NotNullWhen(true)] out Region? region)
    {
        region = null;
        return code is { Length: 6 } && CodeTable.IsDigits(code) && _regions.TryGetValue(code, out region);
    }

    /// <summary>Reads a table in the format of gb2260.tsv.</summary>
    /// <param name="reader">The table; read to the end, not disposed.</param>
    /// <returns>The codes it holds.</returns>
    /// <exception cref="InvalidDataException">The table is malformed: a bad code, level or status, or a parent it does not hold.</exception>
    internal static RegionCodes Load(TextReader reader)
    {
        var rows = CodeTable.ReadRows(reader, Header);
        var byCode = new Dictionary<string, string[]>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row[0].Length != 6 || !CodeTable.IsDigits(row[0]) || row[1].Length == 0 || !byCode.TryAdd(row[0], row))
            {
                throw new InvalidDataException($"Bad or repeated region code '{row[0]}'.");
            }
        }

        var regions = new Dictionary<string, Region>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row[0];
            var name = row[1];
            var level = ParseLevel(code, row[2]);
            var parentCode = row[3].Length == 0 ? null : row[3];
            var isCurrent = row[4] switch
            {
                "current" => true,
                "retired" => false,
                _ => throw new InvalidDataException($"{code}: unknown status '{row[4]}'."),
            };

            string nameInWords;
            string fullName;
            if (level == RegionLevel.Province)
            {
                if (parentCode is not null)
                {
                    throw new InvalidDataException($"{code}: a province has no parent.");
                }

                nameInWords = name;
                fullName = name;
            }
            else
            {
                if (parentCode is null || !byCode.TryGetValue(parentCode, out var parent) || !IsParent(code, level, parentCode))
                {
                    throw new InvalidDataException($"{code}: bad parent '{row[3]}'.");
                }

                nameInWords = parent[1] + name;
                fullName = parent[3].Length == 0 ? nameInWords : byCode[parent[3]][1] + nameInWords;
            }

            regions.Add(code, new Region(code, name, level, parentCode, isCurrent, row[5], row[6], nameInWords, fullName));
        }

        return new RegionCodes(regions.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static RegionLevel ParseLevel(string code, string level)
    {
        var expected = code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
            : code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.Prefecture
            : RegionLevel.County;
        var found = level switch
        {
            "province" => RegionLevel.Province,
            "prefecture" => RegionLevel.Prefecture,
            "county" => RegionLevel.County,
            _ => throw new InvalidDataException($"{code}: unknown level '{level}'."),
        };
        return found == expected ? found : throw new InvalidDataException($"{code}: level '{level}' does not fit the code.");
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
