using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>report.xlsx as an auditor sorts and prints it, read from the sheets' XML.</summary>
public sealed class WorkbookTests
{
    [Fact]
    public void Counts_are_numbers_headers_speak_the_report_language_and_every_sheet_prints_one_page_wide()
    {
        var output = Directory.CreateTempSubdirectory("workbook-").FullName;
        try
        {
            // The bundled samples: no input problem, so the rejected sheet has nothing but its header.
            Cli.Run("batch", Cli.Samples, "--as-of", "2024-06-30", "--lang", "zh", "--out", output).Exit.Should().Be(1);

            using var workbook = ZipFile.OpenRead(Path.Combine(output, "report.xlsx"));
            string Sheet(int n)
            {
                using var reader = new StreamReader(workbook.GetEntry($"xl/worksheets/sheet{n}.xml")!.Open());
                return reader.ReadToEnd();
            }

            var summary = Sheet(1);
            summary.Should().Contain("<t>来源</t>").And.Contain("<t>违反</t>").And.Contain("<t>输入问题</t>")
                .And.NotContain("<t>violated</t>");
            Regex.IsMatch(summary, "<c r=\"F2\" t=\"n\"[^>]*><v>\\d+</v>").Should().BeTrue("the violated count is a number a spreadsheet sorts as one");
            Regex.Matches(summary, "<col [^>]*width=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                .Distinct().Should().HaveCountGreaterThan(2, "each column is as wide as its content");

            foreach (var n in new[] { 1, 2, 3 })
            {
                var sheet = Sheet(n);
                sheet.Should().Contain("state=\"frozen\"").And.Contain("<autoFilter ref=\"A1:")
                    .And.Contain("<pageSetUpPr fitToPage=\"1\" />").And.Contain("fitToWidth=\"1\" fitToHeight=\"0\"")
                    .And.Contain("<row r=\"1\">", "sheet {0} has its header row", n);
            }

            Sheet(3).Should().Contain("<t>问题</t>").And.NotContain("<row r=\"2\"", "the rejected sheet of a clean batch holds its header and nothing else");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
