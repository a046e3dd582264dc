using System.Collections.Generic;
using ChinaLabour.Compliance.Periods;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;

namespace Compliance.Cli;

/// <summary>The formats <c>check --from --to</c> and <c>forecast</c> write.</summary>
internal static class PeriodFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "html", "csv"];

    public static string Render(string format, PeriodReport report, Language language) => format switch
    {
        "json" => PeriodJson.ToJson(report) + "\n",
        "html" => PeriodHtmlReport.Render(report, language),
        "csv" => PeriodCsv.Render(report, language),
        _ => PeriodTextReport.Render(report, language),
    };
}
