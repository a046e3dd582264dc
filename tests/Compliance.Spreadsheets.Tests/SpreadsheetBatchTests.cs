using System;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class SpreadsheetBatchTests
{
    private const string Employers = "employerId,name,regionCode,industryCode\nE1,甲公司,140602,0610\nE2,乙公司,140105,4710\n";

    internal static (SpreadsheetOpenResult Opened, ImportedEmployer[] Employers) Read(string path, SpreadsheetOptions? options = null)
    {
        var opened = SpreadsheetBatch.Open(path, options);
        return (opened, opened.Success ? opened.Batch.Employers().ToArray() : []);
    }

    [Fact]
    public void Chinese_and_english_headers_read_the_same_fields()
    {
        using var zh = new TempTables()
            .Csv("企业.csv", "企业编号,企业名称,行政区划代码\nE1,甲公司,140602\n")
            .Csv("人员.csv", "企业编号,人员编号,用工形式,岗位编号,上岗日期（yyyy-mm-dd）\nE1,W1,劳务派遣,P1,2024-03-31\n");
        using var en = new TempTables()
            .Csv("employers.csv", "employerId,name,regionCode\nE1,甲公司,140602\n")
            .Csv("workers.csv", "Employer_ID,workerId,FORM,post id,start\nE1,W1,dispatched,P1,2024-03-31\n");

        var a = Read(zh.Folder).Employers.Single().Snapshot!;
        var b = Read(en.Folder).Employers.Single().Snapshot!;

        foreach (var snapshot in new[] { a, b })
        {
            snapshot.Enterprise.Should().BeEquivalentTo(new Enterprise { Id = "E1", Name = "甲公司", RegionCode = "140602" });
            snapshot.Workers.Should().ContainSingle().Which.Should().BeEquivalentTo(new Worker
            {
                Id = "W1",
                Form = EmploymentForm.Dispatched,
                PostId = "P1",
                Start = new LocalDate(2024, 3, 31),
            });
        }
    }

    [Fact]
    public void Opening_on_a_scheduler_of_one_thread_reads_the_same_and_starts_nothing_beside_it_elsewhere()
    {
        var folder = Repository.Path("samples", "tables");
        var files = System.IO.Directory.GetFiles(folder, "*.csv").Length;
        var alone = Read(folder);
        var scheduler = new LimitedScheduler(1);

        var bounded = scheduler.Run(() => Read(folder));

        bounded.Opened.Problems.Should().BeEquivalentTo(alone.Opened.Problems, o => o.WithStrictOrdering());
        bounded.Employers.Select(e => e.Snapshot).Should().BeEquivalentTo(alone.Employers.Select(e => e.Snapshot), o => o.WithStrictOrdering());
        scheduler.Queued.Should().Be(1 + files + (files - 1), "the test's own task, each file's encoding detected and each table's order but the employers' checked, all on the caller's scheduler");
    }

    [Theory]
    [InlineData("劳务派遣")]
    [InlineData("派遣")]
    [InlineData("dispatched")]
    [InlineData("Dispatched")]
    [InlineData("劳务派遣工")]
    public void Words_hr_systems_write_map_to_one_value(string word)
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("workers.csv", $"employerId,workerId,form,directedByEmployer\nE1,W1,{word},是\nE1,W2,{word},no\n");

        var workers = Read(tables.Folder).Employers[0].Snapshot!.Workers!;

        workers.Select(w => w.Form).Should().Equal(EmploymentForm.Dispatched, EmploymentForm.Dispatched);
        workers.Select(w => w.DirectedByEmployer).Should().Equal(true, false);
    }

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2024/3/31")]
    [InlineData("2024.3.31")]
    [InlineData("2024年3月31日")]
    [InlineData("20240331")]
    [InlineData("45382")]
    [InlineData("2024-03-31 00:00:00")]
    public void Every_date_form_reads_the_same_day(string written)
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("workers.csv", $"employerId,workerId,start\nE1,W1,{written}\n");

        Read(tables.Folder).Employers[0].Snapshot!.Workers![0].Start.Should().Be(new LocalDate(2024, 3, 31));
    }

    [Fact]
    public void A_bad_cell_leaves_its_field_empty_and_names_file_row_column_expected_and_found()
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("workers.csv", "employerId,workerId,form,start\nE1,W1,派遣,2024-02-30\nE1,W2,外援,2024-01-01\n");

        var (opened, employers) = Read(tables.Folder);

        opened.Problems.Should().BeEmpty();
        var e1 = employers[0];
        e1.Snapshot!.Workers.Should().HaveCount(2, "a bad cell costs its field, not the worker");
        e1.Snapshot.Workers![0].Start.Should().BeNull();
        e1.Snapshot.Workers![1].Form.Should().BeNull();
        e1.Problems.Select(p => p.ToString()).Should().Equal(
            "workers.csv:2:4 (start): employer E1: expected a date: " + "2024-03-31, 2024/3/31, 2024.3.31, 2024年3月31日, 20240331 or an Excel date, found \"2024-02-30\"; start is left empty",
            "workers.csv:3:3 (form): employer E1: expected one of laborContract, dispatched, outsourced, flexible, partTime, intern (or a word docs/import-format.md lists for them), found \"外援\"; form is left empty");
        e1.Problems.Should().OnlyContain(p => p.Consequence == ImportConsequence.ValueIgnored);
    }

    [Fact]
    public void Rows_that_cannot_be_placed_are_left_out_with_reasons_and_the_rest_is_checked()
    {
        using var tables = new TempTables()
            .Csv("employers.csv", "employerId,name\nE1,甲\n,无编号\nE2,乙\nE2,乙again\nE3,丙\n")
            .Csv("workers.csv", "employerId,workerId,form\nE1,W1,派遣\nE1,,派遣\nE9,W9,派遣\nE3,W3,派遣\n")
            .Csv("trainings.csv", "employerId,workerId,date,passed\nE1,W1,2024-01-02,是\nE1,W7,2024-01-02,是\nE3,W3,2024-01-05,否\n");

        var (opened, employers) = Read(tables.Folder);

        opened.Problems.Select(p => p.ToString()).Should().Equal(
            "workers.csv:4:1 (employerId): expected the id of an employer in the employers table, found \"E9\", which is not there; the row was left out");
        employers.Select(e => (e.EmployerId, e.Row, e.Rejected)).Should().Equal(
            ("E1", 2, false), (null, 3, true), ("E2", 4, true), ("E2", 5, true), ("E3", 6, false));
        employers[1].Problems.Single().Message.Should().StartWith("expected the employer's id, found an empty cell");
        employers[2].Problems.Single().Message.Should().Contain("found \"E2\" on rows 4, 5");
        employers[0].Problems.Select(p => (p.Source, p.Row, p.Column, p.Consequence)).Should().Equal(
            ("workers.csv", 3, "2", ImportConsequence.RecordRejected),
            ("trainings.csv", 3, "2", ImportConsequence.RecordRejected));
        employers[0].Snapshot!.Workers!.Single().Trainings.Should().ContainSingle();
        employers[4].Snapshot!.Workers!.Single().Trainings!.Single().Passed.Should().BeFalse();
    }

    [Fact]
    public void A_row_left_out_for_want_of_an_id_gets_one_problem_not_one_per_cell()
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("posts.csv", "employerId,underground,nature,postId\nE1,也许,不明,\n");

        var problems = Read(tables.Folder).Employers[0].Problems;

        problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Consequence == ImportConsequence.RecordRejected && p.Column == "4" && p.Message.StartsWith("expected the post's id", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_out_of_the_employers_order_refuse_the_batch_before_any_employer_is_read()
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("workers.csv", "employerId,workerId\nE1,W1\nE2,W2\nE1,W3\n");

        var (opened, _) = Read(tables.Folder);

        opened.Success.Should().BeFalse();
        opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Source == "workers.csv" && p.Row == 4 && p.Column == "1" && p.Consequence == ImportConsequence.BatchRefused
            && p.Message.Contains("a row of \"E1\" after rows of \"E2\"", StringComparison.Ordinal)
            && p.Message.Contains("sort the workers table", StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_in_the_employers_order_that_is_not_sorted_by_id_are_read()
    {
        using var tables = new TempTables()
            .Csv("employers.csv", "employerId\nZ9\nA1\n")
            .Csv("workers.csv", "employerId,workerId\nZ9,W1\nZ9,W2\nA1,W3\n");

        var employers = Read(tables.Folder).Employers;

        employers.Select(e => (e.EmployerId, e.Snapshot!.Workers!.Count)).Should().Equal(("Z9", 2), ("A1", 1));
    }

    [Fact]
    public void A_table_an_employer_has_no_rows_in_is_not_given_and_a_key_only_row_gives_it_empty()
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("workers.csv", "employerId,workerId\nE1,W1\nE1,W2\nE2,W3\n")
            .Csv("trainings.csv", "employerId,workerId,date\nE1,W1,2024-01-02\n")
            .Csv("accidents.csv", "employerId,accidentId,date\nE2,,\n");

        var employers = Read(tables.Folder).Employers;

        var e1 = employers[0].Snapshot!;
        e1.Workers!.Select(w => w.Trainings?.Count).Should().Equal(1, 0);
        e1.Accidents.Should().BeNull("E1 has no row in accidents.csv, so its accidents are not known");
        var e2 = employers[1].Snapshot!;
        e2.Workers!.Single().Trainings.Should().BeNull("E2 has no row in trainings.csv");
        e2.Accidents.Should().BeEmpty("a row with only the employer id says there are none");
    }

    [Theory]
    [InlineData("workers", true)]
    [InlineData("workers[*].start", true)]
    [InlineData("workers[W1].start", true)]
    [InlineData("workers[*].specialOperation", false)]
    [InlineData("workers[*].trainings", true)]
    [InlineData("workers[W1].trainings[0].date", true)]
    [InlineData("workers[*].trainings[*].passed", false)]
    [InlineData("workers[*].overtime", false)]
    [InlineData("accidents", false)]
    [InlineData("enterprise.regionCode", true)]
    [InlineData("management.trainingArchive", false)]
    [InlineData("management", false)]
    public void A_batch_says_which_facts_its_tables_have_a_place_for(string fact, bool carried)
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,regionCode\nE1,140100\n")
            .Csv("workers.csv", "employerId,workerId,start\nE1,W1,2024-01-02\n")
            .Csv("trainings.csv", "employerId,workerId,date\nE1,W1,2024-01-02\n");

        var batch = SpreadsheetBatch.Open(tables.Folder).Batch!;

        batch.Carries(fact).Should().Be(carried);
    }

    [Fact]
    public void Unknown_columns_and_files_are_reported_not_silently_dropped()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,name,备注\nE1,甲,x\n").Csv("notes.csv", "a\n1\n");

        var (opened, employers) = Read(tables.Folder);

        opened.Problems.Select(p => (p.Position, p.Consequence)).Should().BeEquivalentTo(new[]
        {
            ("employers.csv:1:3 (备注)", ImportConsequence.ColumnIgnored),
            ("notes.csv", ImportConsequence.TableIgnored),
        });
        employers.Should().ContainSingle().Which.Rejected.Should().BeFalse();
    }

    [Fact]
    public void A_missing_key_column_refuses_the_batch_naming_the_headers_it_accepts()
    {
        using var tables = new TempTables().Csv("employers.csv", Employers).Csv("workers.csv", "workerId,form\nW1,派遣\n");

        var (opened, _) = Read(tables.Folder);

        opened.Success.Should().BeFalse();
        opened.Problems.Single().Message.Should().Contain("employerId / 企业编号 / 单位编号");
    }

    [Fact]
    public void No_employers_table_refuses_the_batch()
    {
        using var tables = new TempTables().Csv("workers.csv", "employerId,workerId\nE1,W1\n");

        var (opened, _) = Read(tables.Folder);

        opened.Success.Should().BeFalse();
        opened.Problems.Should().Contain(p => p.Message.Contains("expected an employers table", StringComparison.Ordinal));
    }

    [Fact]
    public void Personal_data_never_appears_in_problems()
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("workers.csv", "employerId,workerId,idNumber,name,form\nE1,W1,11010519491231002X,张三,不知道\nE9,W2,110105194912310021,李四,派遣\n");

        var (opened, employers) = Read(tables.Folder);

        var messages = opened.Problems.Concat(employers.SelectMany(e => e.Problems)).Select(p => p.ToString()).ToArray();
        messages.Should().NotBeEmpty();
        messages.Should().NotContain(m => m.Contains("11010519491231002X", StringComparison.Ordinal) || m.Contains("张三", StringComparison.Ordinal));
        employers[0].Snapshot!.Workers!.Single().IdNumber.Should().Be("11010519491231002X", "the data itself is kept for the checks");
    }

    [Fact]
    public void Id_numbers_used_as_worker_ids_are_masked_in_problems_unless_asked_for()
    {
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Csv("workers.csv", "employerId,workerId\nE1,W1\n")
            .Csv("trainings.csv", "employerId,workerId,date\nE1,11010519491231002X,2024-01-01\n");

        Read(tables.Folder).Employers[0].Problems.Single().Message.Should().Contain("found \"110105********002X\"");
        Read(tables.Folder, new SpreadsheetOptions { ShowIdNumbers = true }).Employers[0].Problems.Single().Message.Should().Contain("found \"11010519491231002X\"");
    }

    [Fact]
    public void Every_employer_row_comes_out_once_and_the_count_is_known_before_reading()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId\nE1\n\nE2\n,\nE3\n");

        var (opened, employers) = Read(tables.Folder);

        opened.Batch!.EmployerRows.Should().Be(3, "blank lines are not employers, nor is a row whose cells are all empty");
        employers.Should().HaveCount(opened.Batch.EmployerRows);
    }
}
