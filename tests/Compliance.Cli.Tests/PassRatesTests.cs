using System;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>pass-rates.csv: per document and per clause, how many employers of a batch keep it.</summary>
public sealed class PassRatesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pass-rates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_document_then_its_clauses_counts_every_checked_employer_once_with_its_pass_rate()
    {
        var output = Path.Combine(_folder, "out");
        Cli.Run("batch", Cli.Samples, "--as-of", "2024-06-30", "--out", output).Exit.Should().Be(1);
        var bytes = File.ReadAllBytes(Path.Combine(output, "pass-rates.csv"));
        var lines = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "spreadsheet programs read the Chinese with a byte-order mark");
        lines[0].Should().Be("document,clause,rules,passed,failed,undecided,notApplicable,passRate");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var checkedCount = File.ReadLines(Path.Combine(output, "reports.jsonl")).Count();
        rows.Should().OnlyContain(r => r.Skip(3).Take(4).Sum(c => int.Parse(c, CultureInfo.InvariantCulture)) == checkedCount, "every checked employer is counted once per row");
        var ratio = rows.Single(r => r[0] == "中华人民共和国劳动合同法" && r[1] == "第六十六条");
        int.Parse(ratio[4], CultureInfo.InvariantCulture).Should().BeGreaterThan(0, "the Shuozhou mine breaks the national ratio");
        var decided = int.Parse(ratio[3], CultureInfo.InvariantCulture) + int.Parse(ratio[4], CultureInfo.InvariantCulture);
        ratio[7].Should().Be((100m * int.Parse(ratio[3], CultureInfo.InvariantCulture) / decided).ToString("0.0", CultureInfo.InvariantCulture));
        var documentRow = Array.FindIndex(rows, r => r[0] == "中华人民共和国劳动合同法" && r[1].Length == 0);
        documentRow.Should().BeLessThan(Array.IndexOf(rows, ratio), "a document's row comes before its clauses'");
    }
}
