using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>
/// Whole batches with their snapshots and problems written out in full: the answers the import gave before it reused
/// repeated cells and set them straight into records, and before the order checks ran at once.
/// </summary>
public sealed class SpreadsheetBatchKnownAnswersTests
{
    private const string DateExpected = "a date: 2024-03-31, 2024/3/31, 2024.3.31, 2024年3月31日, 20240331 or an Excel date";
    private const string FormExpected = "one of laborContract, dispatched, outsourced, flexible, partTime, intern (or a word docs/import-format.md lists for them)";

    [Fact]
    public void Quoted_cells_crlf_empty_cells_bad_dates_unknown_words_and_unknown_employers_read_as_before()
    {
        using var tables = new TempTables();
        Write(tables, "employers.csv", "employerId,name,regionCode\r\nE1,\"甲,公司\",140602\r\nE2,\"乙\"\"公司\",140105\r\nE3,,\r\n");
        Write(tables, "workers.csv",
            "employerId,workerId,form,start,directedByEmployer\r\n"
            + "E1,W1,派遣,2024-03-31,是\r\n"
            + "E1,W2,外援,2024-02-30,是\r\n"
            + "E1,W3,外援,2024-02-30,否\r\n"
            + "E9,W9,派遣,,\r\n"
            + "E2,W4,,,\r\n"
            + "E2,\"W5\",dispatched, 2024/3/5 ,\r\n"
            + "E3,W6,派遣,2024-03-31,是\r\n");
        Write(tables, "trainings.csv", "employerId,workerId,date,passed\nE1,W1,2024-01-02,是\nE1,W7,2024-01-02,是\nE1,W1,2024-01-02,是\nE3,W6,bad,否\n");

        var (opened, employers) = SpreadsheetBatchTests.Read(tables.Folder);

        opened.Problems.Select(p => p.ToString()).Should().Equal(
            "workers.csv:5:1 (employerId): " + ImportMessages.UnknownEmployer("\"E9\""));
        employers.Select(e => (e.EmployerId, e.Row, e.Snapshot?.Enterprise.Name, e.Snapshot?.Enterprise.RegionCode)).Should().Equal(
            ("E1", 2, "甲,公司", "140602"), ("E2", 3, "乙\"公司", "140105"), ("E3", 4, null, null));

        var e1 = employers[0].Snapshot!;
        e1.Workers!.Select(w => (w.Id, w.Form, w.Start, w.DirectedByEmployer)).Should().Equal(
            ("W1", EmploymentForm.Dispatched, new LocalDate(2024, 3, 31), true),
            ("W2", null, null, true),
            ("W3", null, null, false));
        e1.Workers![0].Trainings!.Select(t => (t.Date, t.Passed)).Should().Equal((new LocalDate(2024, 1, 2), true), (new LocalDate(2024, 1, 2), true));
        e1.Workers![1].Trainings.Should().BeEmpty("a worker without training rows has none once the table is given");
        employers[0].Problems.Select(p => p.ToString()).Should().Equal(
            "workers.csv:3:3 (form): employer E1: " + ImportMessages.ValueLeftEmpty(FormExpected, "\"外援\"", "form"),
            "workers.csv:3:4 (start): employer E1: " + ImportMessages.ValueLeftEmpty(DateExpected, "\"2024-02-30\"", "start"),
            "workers.csv:4:3 (form): employer E1: " + ImportMessages.ValueLeftEmpty(FormExpected, "\"外援\"", "form"),
            "workers.csv:4:4 (start): employer E1: " + ImportMessages.ValueLeftEmpty(DateExpected, "\"2024-02-30\"", "start"),
            "trainings.csv:3:2 (workerId): employer E1: " + ImportMessages.RowLeftOut(ImportMessages.UnknownParent("worker", "E1", "workers", "\"W7\"")));

        employers[1].Snapshot!.Workers!.Select(w => (w.Id, w.Form, w.Start, w.DirectedByEmployer)).Should().Equal(
            ("W4", null, null, null), ("W5", EmploymentForm.Dispatched, new LocalDate(2024, 3, 5), null));
        employers[1].Snapshot!.Workers!.Should().OnlyContain(w => w.Trainings == null, "E2 has no row in the trainings table");
        employers[1].Problems.Should().BeEmpty();

        employers[2].Snapshot!.Workers!.Single().Trainings!.Single().Should().Match<Training>(t => t.Date == null && t.Passed == false);
        employers[2].Problems.Select(p => p.ToString()).Should().Equal(
            "trainings.csv:5:3 (date): employer E3: " + ImportMessages.ValueLeftEmpty(DateExpected, "\"bad\"", "date"));
    }

    [Fact]
    public void Order_checks_of_several_tables_report_in_file_and_row_order_each_table_s_first_row_out_of_order()
    {
        using var tables = new TempTables()
            .Csv("employers.csv", "employerId\nE1\nE2\nE3\n")
            .Csv("posts.csv", "employerId,postId\nE1,P1\nE3,P2\nE2,P3\nE1,P4\n")
            .Csv("workers.csv", "employerId,workerId\nE7,W1\nE2,W2\nE2,W3\nE1,W4\nE1,W5\n")
            .Csv("trainings.csv", "employerId,workerId,date\nE8,W1,2024-01-01\nE1,W4,2024-01-01\n");

        var (opened, _) = SpreadsheetBatchTests.Read(tables.Folder);

        opened.Success.Should().BeFalse();
        opened.Problems.Select(p => (p.ToString(), p.Consequence)).Should().Equal(
            ("posts.csv:4:1 (employerId): " + ImportMessages.OutOfOrder("\"E2\"", "\"E3\"", "posts"), ImportConsequence.BatchRefused),
            ("trainings.csv:2:1 (employerId): " + ImportMessages.UnknownEmployer("\"E8\""), ImportConsequence.RecordRejected),
            ("workers.csv:2:1 (employerId): " + ImportMessages.UnknownEmployer("\"E7\""), ImportConsequence.RecordRejected),
            ("workers.csv:5:1 (employerId): " + ImportMessages.OutOfOrder("\"E1\"", "\"E2\"", "workers"), ImportConsequence.BatchRefused));
    }

    [Fact]
    public void Rows_of_the_employer_of_the_row_before_still_meet_every_check_of_the_order()
    {
        // The order check looks up only a row whose employer differs from the last one found: a first row without an
        // employer, one after an unknown employer, and an earlier employer after a later one must each still be reported.
        using var tables = new TempTables()
            .Csv("employers.csv", "employerId\nE1\nE2\n")
            .Csv("workers.csv", "employerId,workerId\n,W0\nE2,W1\nE2,W2\nE9,W3\nE2,W4\n,W5\nE2,W6\nE1,W7\n");

        var (opened, _) = SpreadsheetBatchTests.Read(tables.Folder);

        opened.Problems.Select(p => (p.ToString(), p.Consequence)).Should().Equal(
            ("workers.csv:2:1 (employerId): " + ImportMessages.EmptyRowEmployerId, ImportConsequence.RecordRejected),
            ("workers.csv:5:1 (employerId): " + ImportMessages.UnknownEmployer("\"E9\""), ImportConsequence.RecordRejected),
            ("workers.csv:7:1 (employerId): " + ImportMessages.EmptyRowEmployerId, ImportConsequence.RecordRejected),
            ("workers.csv:9:1 (employerId): " + ImportMessages.OutOfOrder("\"E1\"", "\"E2\"", "workers"), ImportConsequence.BatchRefused));
    }

    [Fact]
    public void A_table_that_cannot_be_read_refuses_the_batch_and_the_other_tables_are_still_checked()
    {
        using var tables = new TempTables()
            .Csv("employers.csv", "employerId\nE1\nE2\n")
            .Csv("posts.csv", "employerId,postId\nE9,P1\n")
            .Csv("workers.csv", "employerId,workerId\nE1,\"W1\nE2,W2\n");

        var (opened, _) = SpreadsheetBatchTests.Read(tables.Folder);

        opened.Problems.Select(p => (p.Position, p.Consequence, p.Message)).Should().Equal(
            ("posts.csv:2:1 (employerId)", ImportConsequence.RecordRejected, ImportMessages.UnknownEmployer("\"E9\"")),
            ("workers.csv:2:2", ImportConsequence.BatchRefused, ImportMessages.UnclosedQuote(2, 4)));
    }

    private static void Write(TempTables tables, string name, string text) =>
        File.WriteAllBytes(Path.Combine(tables.Folder, name), new UTF8Encoding(false).GetBytes(text));
}
