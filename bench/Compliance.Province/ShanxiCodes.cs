using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance;

namespace Compliance.Province;

/// <summary>
/// Real codes for the batch, read from the tables the library ships (so that every generated code is one the checker
/// knows): Shanxi's current county-level regions, and the industry classes of coal and other mining (06xx–10xx are
/// taken as 06xx only), construction (47–50) and manufacturing (13–43).
/// </summary>
internal sealed class ShanxiCodes
{
    private ShanxiCodes(string[] counties, string[] mining, string[] construction, string[] manufacturing)
    {
        Counties = counties;
        Mining = mining;
        Construction = construction;
        Manufacturing = manufacturing;
    }

    public string[] Counties { get; }

    public string[] Mining { get; }

    public string[] Construction { get; }

    public string[] Manufacturing { get; }

    public static ShanxiCodes Load()
    {
        var counties = Rows("tables/gb2260.tsv")
            .Where(r => r[0].StartsWith("14", StringComparison.Ordinal) && r[2] == "county" && r[4] == "current")
            .Select(r => r[0]).ToArray();
        var classes = Rows("tables/gb4754-2017.tsv").Where(r => r[2] == "class").Select(r => r[0]).ToArray();
        return new ShanxiCodes(
            counties,
            classes.Where(c => c.StartsWith("06", StringComparison.Ordinal)).ToArray(),
            classes.Where(c => Division(c) is >= 47 and <= 50).ToArray(),
            classes.Where(c => Division(c) is >= 13 and <= 43).ToArray());
    }

    private static int Division(string code) => ((code[0] - '0') * 10) + (code[1] - '0');

    private static List<string[]> Rows(string resource)
    {
        using var stream = typeof(RuleCatalogue).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the library ships no {resource}");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
