using System;
using System.CommandLine;

namespace Compliance.Cli;

/// <summary>The options of <c>batch</c> that shape its pipeline and records: <c>--detail</c> and <c>--stats</c>.</summary>
internal static class BatchOptions
{
    public static Option<string> Detail()
    {
        var option = new Option<string>("--detail")
        {
            Description = "What reports.jsonl holds of each employer: summary (compliance-batch-record/3: the violated and error results with their figures, evidence and words in --lang, the facts the indeterminate results lack (those the input has no column for named once, in catalogue.json), the rest counted; the rules' titles and citations once, in catalogue.json) or full (compliance-report/1, every rule with its words, as check writes).",
            DefaultValueFactory = _ => "summary",
        };
        option.AcceptOnlyFromAmong("summary", "full");
        return option;
    }

    public static Option<bool> Stats() => new("--stats")
    {
        Description = "At the end, say on standard error how long each stage (start, import, read, check, serialise, write, workbook, finish, manifest) was busy, how long the threads waited for work, and what the collector did.",
    };

    public static BatchDetail ParseDetail(string? value) =>
        string.Equals(value, "full", StringComparison.Ordinal) ? BatchDetail.Full : BatchDetail.Summary;
}
