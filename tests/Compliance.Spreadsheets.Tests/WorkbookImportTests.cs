using System;
using System.Linq;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class WorkbookImportTests
{
    [Fact]
    public void Typed_cells_read_as_their_fields_dates_serials_numbers_and_words()
    {
        using var tables = new TempTables();
        var path = tables.Workbook(
            ("企业", [["企业编号", "行政区划代码", "劳务派遣人数"], ["E1", 140602d, 12d]]),
            ("人员", [["企业编号", "人员编号", "用工形式", "上岗日期", "离岗日期"], ["E1", "W1", "派遣", new DateTime(2024, 3, 31), 45382d]]));

        var snapshot = SpreadsheetBatchTests.Read(path).Employers.Single().Snapshot!;

        snapshot.Enterprise.RegionCode.Should().Be("140602");
        snapshot.Headcount!.Dispatched.Should().Be(12);
        snapshot.Workers!.Single().Start.Should().Be(new LocalDate(2024, 3, 31));
        snapshot.Workers!.Single().End.Should().Be(new LocalDate(2024, 3, 31), "45382 is Excel's serial for 2024-03-31");
    }

    [Fact]
    public void A_workbook_with_broken_rows_reports_each_with_sheet_row_and_column_and_checks_the_good_employers()
    {
        using var tables = new TempTables();
        var path = tables.Workbook(
            ("employers", [
                ["employerId", "name", "creditCode", "劳务派遣人数"],
                ["E1", "甲", "91140602MA0GRXXX0X", 3d],
                [null, "无编号", null, null],
                ["E2", "乙", null, "十二"],
                ["E3", "丙", null, null],
                ["E3", "丙二", null, null],
                ["E4", "丁", null, null],
            ]),
            ("workers", [
                ["employerId", "workerId", "idNumber", "form", "start"],
                ["E1", "W1", "11010519491231002X", "派遣", "2024/13/01"],
                ["E1", "W2", 110105194912310021d, "劳动合同", "2023-01-01"],
                ["E2", null, null, "派遣", "2023-01-01"],
                ["E9", "W9", null, "派遣", "2023-01-01"],
                ["E4", "W4", null, "临时工?", "2023-01-01"],
            ]),
            ("trainings", [
                ["employerId", "workerId", "date", "passed"],
                ["E1", "W1", "2024-01-01", "maybe"],
                ["E4", "W5", "2024-01-01", "是"],
            ]));

        var (opened, employers) = SpreadsheetBatchTests.Read(path);

        opened.Success.Should().BeTrue();
        var all = opened.Problems.Concat(employers.SelectMany(e => e.Problems)).Select(p => p.ToString()).ToArray();
        all.Should().BeEquivalentTo(
            "batch.xlsx [workers] A5 (employerId): expected the id of an employer in the employers table, found \"E9\", which is not there; the row was left out",
            "batch.xlsx [employers] A3 (employerId): expected the employer's id, found an empty cell; the employer was not checked",
            "batch.xlsx [employers] D4 (劳务派遣人数): employer E2: expected a whole number, e.g. 12, found \"十二\"; headcount.dispatched is left empty",
            "batch.xlsx [workers] B4 (workerId): employer E2: expected the worker's id, found an empty cell; the row was left out",
            "batch.xlsx [employers] A5 (employerId): employer E3: expected each employer id once, found \"E3\" on rows 5, 6; no row of it can be told apart, so the employer was not checked",
            "batch.xlsx [employers] A6 (employerId): employer E3: expected each employer id once, found \"E3\" on rows 5, 6; no row of it can be told apart, so the employer was not checked",
            "batch.xlsx [workers] E2 (start): employer E1: expected a date: 2024-03-31, 2024/3/31, 2024.3.31, 2024年3月31日, 20240331 or an Excel date, found \"2024/13/01\"; start is left empty",
            "batch.xlsx [workers] C3 (idNumber): employer E1: expected text (an ID number stored as a number has lost its last digits; format the column as text), found \"110105********0016\"; idNumber is left empty",
            "batch.xlsx [trainings] D2 (passed): employer E1: expected yes or no (是/否, yes/no, true/false, 1/0), found \"maybe\"; passed is left empty",
            "batch.xlsx [workers] D6 (form): employer E4: expected one of laborContract, dispatched, outsourced, flexible, partTime, intern (or a word docs/import-format.md lists for them), found \"临时工?\"; form is left empty",
            "batch.xlsx [trainings] B3 (workerId): employer E4: expected a worker id of employer E4 in the workers table, found \"W5\", which is not there; the row was left out");

        employers.Should().HaveCount(6, "every employer row is accounted for");
        employers.Count(e => !e.Rejected).Should().Be(3);
        employers.Where(e => e.Rejected).Select(e => e.Row).Should().Equal(3, 5, 6);
        var checker = Bundled.Checker;
        foreach (var employer in employers.Where(e => !e.Rejected))
        {
            checker.Check(employer.Snapshot!, new LocalDate(2024, 6, 30)).Results.Should().NotBeEmpty();
        }
    }

    [Fact]
    public void Sheets_that_are_not_tables_are_reported_and_chinese_sheet_names_are_read()
    {
        using var tables = new TempTables();
        var path = tables.Workbook(("说明", [["x"], ["y"]]), ("企业", [["企业编号"], ["E1"]]));

        var (opened, employers) = SpreadsheetBatchTests.Read(path);

        opened.Problems.Should().ContainSingle().Which.Position.Should().Be("batch.xlsx [说明]");
        employers.Should().ContainSingle().Which.EmployerId.Should().Be("E1");
    }
}
