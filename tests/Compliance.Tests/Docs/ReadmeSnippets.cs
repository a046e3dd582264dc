using System;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;
using NodaTime;

namespace ReadmeExamples;

/// <summary>
/// The README's C# blocks, compiled and run: each region between <c>begin</c> and <c>end</c> markers must equal the
/// README's block line for line (ReadmeSnippetsTests checks it), so the README cannot show code that does not build.
/// </summary>
// The README shows compact one-line statements; braces would double its length without making it clearer.
#pragma warning disable IDE0011
internal static class ReadmeSnippets
{
    public static void QuickStart(string json, Action<string> keep)
    {
        // begin quick-start
        var loaded = RuleCatalogue.LoadBundled();                  // once, at start-up; or LoadFolder("rules")
        if (!loaded.Success) { foreach (var d in loaded.Diagnostics) Console.Error.WriteLine(d); return; }
        var checker = ComplianceChecker.Create(loaded.Catalogue);  // immutable; share it across threads

        var read = SnapshotReader.ReadJson(json, "request");     // or build EmployerSnapshot in code
        if (!read.Success) { foreach (var e in read.Errors) Console.Error.WriteLine(e); return; }  // every mistake, with its path
        var report = checker.Check(read.Snapshot, new LocalDate(2024, 6, 30));
        foreach (var v in report.Violations) Console.WriteLine($"{v.Rule.Id}: {v.Message!.En}");
        string reportJson = ReportJson.ToJson(report);             // schema compliance-report/1 (docs/report-format.md)
        // end quick-start
        keep(reportJson);
    }

    public static void Spreadsheets(ComplianceChecker checker, LocalDate asOf, string path)
    {
        // begin spreadsheets
        var opened = SpreadsheetBatch.Open(path);                  // a folder of CSV files, or an .xlsx workbook
        foreach (var p in opened.Problems) Console.Error.WriteLine(p);  // file, sheet, row, column, expected, found
        if (!opened.Success) return;
        foreach (var employer in opened.Batch.Employers())          // one employer's rows in memory at a time
        {
            foreach (var p in employer.Problems) Console.Error.WriteLine(p);
            if (employer.Snapshot is { } snapshot) Console.WriteLine(checker.Check(snapshot, asOf).Count(Outcome.Violated));
        }
        // end spreadsheets
    }
}
