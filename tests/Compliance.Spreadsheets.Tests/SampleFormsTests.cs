using System;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>The bundled sample data exists as JSON snapshots, as a CSV folder and as a workbook; all three must say the same.</summary>
public sealed class SampleFormsTests
{
    private static readonly LocalDate s_asOf = new(2024, 6, 30);

    private static string[] Reports(params ChinaLabour.Compliance.Snapshots.EmployerSnapshot[] snapshots) =>
        snapshots.Select(s => ReportJson.ToJson(Bundled.Checker.Check(s, s_asOf), indented: false)).ToArray();

    private static string[] FromJson() =>
        Reports([.. Employers.Samples]);

    private static string[] FromTables(string path)
    {
        var opened = SpreadsheetBatch.Open(path);
        opened.Problems.Should().BeEmpty();
        var employers = opened.Batch!.Employers().ToArray();
        employers.SelectMany(e => e.Problems).Should().BeEmpty();
        return Reports(employers.Select(e => e.Snapshot!).ToArray());
    }

    [Fact]
    public void Json_csv_and_workbook_samples_give_byte_identical_reports()
    {
        var json = FromJson();

        json.Should().HaveCount(7);
        FromTables(Repository.Path("samples", "tables")).Should().Equal(json);
        FromTables(Repository.Path("samples", "tables.xlsx")).Should().Equal(json);
    }

    [Fact]
    public void The_csv_samples_mix_the_encodings_and_headers_real_exports_use()
    {
        var folder = Repository.Path("samples", "tables");
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        bool IsUtf8(byte[] bytes)
        {
            try
            {
                strict.GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        var workers = File.ReadAllBytes(Path.Combine(folder, "workers.csv"));
        IsUtf8(workers).Should().BeFalse("workers.csv is GB18030");
        TempTables.Gb18030.GetString(workers).Should().StartWith("企业编号,人员编号");
        File.ReadAllBytes(Path.Combine(folder, "employers.csv")).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        var trainings = File.ReadAllBytes(Path.Combine(folder, "trainings.csv"));
        trainings[0].Should().NotBe(0xEF);
        IsUtf8(trainings).Should().BeTrue();
        File.ReadLines(Path.Combine(folder, "posts.csv")).First().Should().Contain("employerId,postId,name,nature");
    }

    [Fact]
    public void Writing_the_sample_batch_as_tables_and_reading_it_back_gives_the_same_reports()
    {
        var snapshots = Directory.EnumerateFiles(Repository.Path("samples", "batch", "employers"))
            .Order(StringComparer.Ordinal)
            .Select(f => SnapshotReader.ReadFile(f))
            .Where(r => r.Success)
            .Select(r => r.Snapshot!)
            .ToArray();
        using var tables = new TempTables();
        var csv = Path.Combine(tables.Folder, "en");
        SpreadsheetWriter.WriteCsv(snapshots, csv, SpreadsheetHeaders.English);
        var workbook = Path.Combine(tables.Folder, "zh.xlsx");
        SpreadsheetWriter.WriteWorkbook(snapshots, workbook);

        var expected = Reports(snapshots);

        snapshots.Should().HaveCount(300);
        FromTables(csv).Should().Equal(expected);
        FromTables(workbook).Should().Equal(expected);
    }
}
