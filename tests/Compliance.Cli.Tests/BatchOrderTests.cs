using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// What an auditor reads first: summary.csv and report.html list employers worst first, report.html includes those
/// with nothing violated but rules it could not decide, and each employer's input problems are counted beside it.
/// </summary>
public sealed class BatchOrderTests
{
    [Fact]
    public void Employers_are_listed_worst_first_with_the_undecided_ones_and_their_input_problems()
    {
        var output = Directory.CreateTempSubdirectory("batch-order-").FullName;
        try
        {
            Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", output).Exit.Should().Be(1);

            var lines = File.ReadAllLines(Path.Combine(output, "summary.csv"));
            var header = lines[0].TrimStart('\uFEFF').Split(',');
            header[^1].Should().Be("input problems");
            int Column(string name) => Array.IndexOf(header, name);
            var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
            var keys = rows.Select(c => (Critical: int.Parse(c[Column("critical")]), Major: int.Parse(c[Column("major")]), Violated: int.Parse(c[Column("violated")]), Undecided: int.Parse(c[Column("indeterminate")]), Id: c[Column("employer")])).ToArray();
            keys.Should().BeInDescendingOrder(k => k.Critical);
            for (var i = 1; i < keys.Length; i++)
            {
                var (a, b) = (keys[i - 1], keys[i]);
                var worse = a.Critical != b.Critical ? a.Critical > b.Critical
                    : a.Major != b.Major ? a.Major > b.Major
                    : a.Violated != b.Violated ? a.Violated > b.Violated
                    : a.Undecided != b.Undecided ? a.Undecided > b.Undecided
                    : string.CompareOrdinal(a.Id, b.Id) < 0;
                worse.Should().BeTrue("row {0} ({1}) comes before row {2} ({3})", i, a, i + 1, b);
            }

            var html = File.ReadAllText(Path.Combine(output, "report.html"));
            var table = html[html.IndexOf("<table id=\"employers\">", StringComparison.Ordinal)..];
            table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
            var listed = Regex.Matches(table, "<tr><td>[^<]*</td><td>(?:<a href=\"[^\"]*\">)?([^<]+)(?:</a>)?</td>").Select(m => m.Groups[1].Value).ToArray();
            var needing = keys.Where(k => k.Violated > 0 || k.Undecided > 0).Select(k => k.Id).ToArray();
            listed.Should().Equal(needing, "report.html lists, in summary.csv's order, every employer with a violation or an undecided rule");
            var undecidedOnly = keys.FirstOrDefault(k => k.Violated == 0 && k.Undecided > 0);
            undecidedOnly.Id.Should().NotBeNull("the sample batch has employers with nothing violated but rules left undecided");
            html.Should().Contain($"<section class=\"undecided\" id=\"undecided-{undecidedOnly.Id}\">")
                .And.Contain("<th>需补充 facts to collect</th><th>以判定 to decide</th>")
                .And.Contain("<th class=\"num\">输入问题 input problems</th>");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Input_problems_are_counted_beside_the_employer_whose_rows_had_them()
    {
        var input = Directory.CreateTempSubdirectory("batch-problems-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "企业.csv"), "企业编号,企业名称,行政区划代码,行业代码,劳务派遣人数,劳动合同用工人数,人防工程\nE1,甲,140105,4710,12,88,也许\nE2,乙,140105,4710,1,99,否\n");

            Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "out"));

            var rows = File.ReadAllLines(Path.Combine(input, "out", "summary.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[1], c => c[^1]);
            rows.Should().Equal(new System.Collections.Generic.Dictionary<string, string> { ["E1"] = "1", ["E2"] = "0" }, "E1's 人防工程 cell 也许 was left empty");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }
}
