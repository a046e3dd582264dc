using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary><c>batch</c> on spreadsheets: a CSV folder and a workbook say what the JSON snapshots say; broken tables are refused with positions.</summary>
public sealed class SpreadsheetBatchCommandTests
{
    private static string Batch(string input, params string[] more)
    {
        var output = Directory.CreateTempSubdirectory("sheet-batch-").FullName;
        var (exit, stdout, stderr) = Cli.Run(["batch", input, "--as-of", "2024-06-30", "--out", output, .. more]);
        exit.Should().Be(1, stderr);
        stdout.Should().StartWith("7 ").And.Contain(": 7 checked (5 with violations, 22 violations in all), 0 rejected, 0 not checked");
        return output;
    }

    [Fact]
    public void Json_csv_and_workbook_samples_give_the_same_reports_and_summaries_name_region_and_industry_in_words()
    {
        string[] outputs = [Batch(Cli.Samples), Batch(Cli.Tables), Batch(Path.Combine(Cli.Tables, "tables.xlsx"))];
        try
        {
            var json = File.ReadAllBytes(Path.Combine(outputs[0], "reports.jsonl"));
            File.ReadAllBytes(Path.Combine(outputs[1], "reports.jsonl")).Should().Equal(json);
            File.ReadAllBytes(Path.Combine(outputs[2], "reports.jsonl")).Should().Equal(json);

            var summary = File.ReadAllLines(Path.Combine(outputs[1], "summary.csv"));
            summary.Should().Contain(l => l.StartsWith("employers.csv:", StringComparison.Ordinal) && l.Contains(",140602 朔州市朔城区,0610 烟煤和无烟煤开采洗选,", StringComparison.Ordinal));
            File.ReadAllLines(Path.Combine(outputs[2], "summary.csv")).Should().Contain(l => l.StartsWith("tables.xlsx [employers] row ", StringComparison.Ordinal));
        }
        finally
        {
            foreach (var output in outputs)
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void A_cell_past_the_limit_given_on_the_command_line_rejects_its_row_naming_the_option_to_raise()
    {
        var input = Directory.CreateTempSubdirectory("limits-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "employers.csv"), "企业编号,企业名称,行政区划代码\nE1,甲公司,140602\nE2,乙有限责任公司,140602\n");

            var (exit, _, stderr) = Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "out"), "--max-cell-length", "6");

            exit.Should().Be(ExitCodes.Partial, stderr);
            File.ReadAllText(Path.Combine(input, "out", "rejected.csv")).Should()
                .Contain("employers.csv,,3,2,企业名称,E2,").And.Contain("SpreadsheetOptions.MaxCellLength; batch --max-cell-length on the command line").And.NotContain("employers.csv,,2,");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void A_refused_batch_is_told_after_the_rules_load_and_bad_rules_are_told_alone()
    {
        // The batch is opened while the rules load; what opening says must still come after the rules' own words, and
        // be left unsaid when the rules fail, as when the two ran one after the other.
        var input = Directory.CreateTempSubdirectory("unsorted-").FullName;
        var rules = Directory.CreateTempSubdirectory("rules-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "employers.csv"), "employerId\nE1\nE2\n");
            File.WriteAllText(Path.Combine(input, "workers.csv"), "employerId,workerId\nE2,W1\nE1,W2\n");
            File.WriteAllText(Path.Combine(rules, "bad.yaml"), "document:\n  number: X\nrules:\n  - id: Not An Id\n");

            var (exit, _, stderr) = Cli.Run("batch", input, "--out", Path.Combine(input, "out"));

            exit.Should().Be(2);
            stderr.IndexOf("loading the rules…", StringComparison.Ordinal).Should().BeLessThan(stderr.IndexOf("error: workers.csv:3:1", StringComparison.Ordinal));
            stderr.Should().EndWith("the batch was not checked: correct the tables above and run again" + Environment.NewLine);

            var (badExit, _, badRules) = Cli.Run("batch", input, "--rules", rules, "--out", Path.Combine(input, "out"));

            badExit.Should().Be(2);
            badRules.Should().Contain("bad.yaml:4:9: error CR0107 [Not An Id]").And.NotContain("workers.csv", "the input is not spoken of when the rules cannot load");
            Directory.Exists(Path.Combine(input, "out")).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(input, recursive: true);
            Directory.Delete(rules, recursive: true);
        }
    }

    [Fact]
    public void Rows_out_of_order_refuse_the_batch_with_exit_2_and_the_row()
    {
        var input = Directory.CreateTempSubdirectory("unsorted-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "employers.csv"), "employerId\nE1\nE2\n");
            File.WriteAllText(Path.Combine(input, "workers.csv"), "employerId,workerId\nE2,W1\nE1,W2\n");

            var (exit, stdout, stderr) = Cli.Run("batch", input, "--out", Path.Combine(input, "out"));

            exit.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("error: workers.csv:3:1 (employerId): expected the rows of each employer together").And.Contain("the batch was not checked");
            Directory.Exists(Path.Combine(input, "out")).Should().BeFalse("nothing is written for a batch that was not read");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void Bad_rows_are_listed_with_positions_and_the_employers_still_checked()
    {
        var input = Directory.CreateTempSubdirectory("bad-rows-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(input, "企业.csv"), "企业编号,企业名称,行政区划代码,行业代码,劳务派遣人数,劳动合同用工人数,人防工程\nE1,甲,140105,4710,12,88,也许\n,无编号,140105,4710,1,1,否\n");
            File.WriteAllText(Path.Combine(input, "人员.csv"), "企业编号,人员编号,上岗日期\nE7,W2,2024-01-01\n");

            var (exit, stdout, _) = Cli.Run("batch", input, "--as-of", "2024-06-30", "--out", Path.Combine(input, "out"));

            exit.Should().Be(1, "E1 breaks the 10% dispatch limit");
            stdout.Should().StartWith("2 employers: 1 checked (1 with violations").And.Contain("1 rejected")
                .And.Contain("; 3 input problem(s) in rejected.csv: 1 value left empty, 1 record left out, 1 employer not checked, 1 outside any employer;", "the problems are named by kind, not hidden behind \"1 rejected\"");
            var rejected = File.ReadAllLines(Path.Combine(input, "out", "rejected.csv"));
            rejected.Skip(1).Should().BeEquivalentTo(
                "人员.csv,,2,1,企业编号,,记录退回 record left out,\"expected the id of an employer in the employers table, found \"\"E7\"\", which is not there; the row was left out\"",
                "企业.csv,,2,7,人防工程,E1,值未采用 value left empty,\"expected yes or no (是/否, yes/no, true/false, 1/0), found \"\"也许\"\"; enterprise.inCivilAirDefenceWorks is left empty\"",
                "企业.csv,,3,1,企业编号,,企业退回 employer not checked,\"expected the employer's id, found an empty cell; the employer was not checked\"");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }

    [Fact]
    public void Tables_export_writes_what_batch_reads_back_and_columns_prints_the_reference()
    {
        var output = Directory.CreateTempSubdirectory("export-").FullName;
        try
        {
            var (exit, stdout, _) = Cli.Run("tables", "export", Cli.Samples, "--out", Path.Combine(output, "x.xlsx"), "--headers", "en");
            exit.Should().Be(0);
            stdout.Should().Contain("7 employers written");
            MiniExcelLibs.MiniExcel.GetSheetNames(Path.Combine(output, "x.xlsx")).Should().StartWith(["employers", "posts", "workers"]);

            var columns = Cli.Run("tables", "columns");
            columns.Exit.Should().Be(0);
            columns.Out.Should().Contain("| `form` | `form` | 用工形式, 用工方式 | EmploymentForm |").And.Contain("| EmploymentForm | `dispatched` | 劳务派遣, 派遣");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_encoding_name_is_refused()
    {
        var (exit, _, stderr) = Cli.Run("batch", Cli.Tables, "--encoding", "klingon");

        exit.Should().Be(2);
        stderr.Should().Contain("--encoding: expected an encoding name such as utf-8 or gb18030, found 'klingon'");
    }

    [Fact]
    public void An_empty_folder_csv_tables_without_employers_and_a_mixed_folder_are_refused_not_passed()
    {
        var input = Directory.CreateTempSubdirectory("no-employers-").FullName;
        try
        {
            var empty = Cli.Run("batch", input, "--out", Path.Combine(input, "out"));
            empty.Exit.Should().Be(2);
            empty.Err.Should().Contain("holds no snapshot files (*.json, *.yaml) and no CSV tables");

            File.WriteAllText(Path.Combine(input, "workers.csv"), "employerId,workerId\nE1,W1\n");
            var (exit, _, stderr) = Cli.Run("batch", input, "--out", Path.Combine(input, "out"));
            exit.Should().Be(2);
            stderr.Should().Contain("expected an employers table (employers / 企业 / 用人单位 / 单位");

            File.Copy(Cli.Sample("shuozhou-coal-mine.json"), Path.Combine(input, "shuozhou-coal-mine.json"));
            var mixed = Cli.Run("batch", input, "--out", Path.Combine(input, "out"));
            mixed.Exit.Should().Be(2);
            mixed.Err.Should().Contain("holds both snapshot files and CSV tables");
        }
        finally
        {
            Directory.Delete(input, recursive: true);
        }
    }
}
