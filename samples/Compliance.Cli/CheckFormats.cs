using System.Collections.Generic;
using System.IO;
using System.Text;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;

namespace Compliance.Cli;

/// <summary>The formats <c>check</c> writes, and the file each is given when several are asked for at once.</summary>
internal static class CheckFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "html", "sarif", "junit"];

    /// <summary>The file a format is written to inside <c>--out</c>'s folder when several formats are asked for.</summary>
    public static string FileName(string format) => format switch
    {
        "json" => "report.json",
        "html" => "report.html",
        "csv" => "report.csv",
        "sarif" => SarifReport.FileName,
        "junit" => JUnitReport.FileName,
        _ => "report.txt",
    };

    /// <summary>
    /// <paramref name="report"/> in <paramref name="format"/>, filed by waivers when <paramref name="filing"/> is given (text,
    /// JSON and HTML show the waived apart; SARIF and JUnit judge outcomes, which waivers leave as they are);
    /// <paramref name="source"/> is the snapshot's path as given, which SARIF and JUnit name.
    /// </summary>
    public static string Render(string format, CheckReport report, WaiverFiling? filing, IReadOnlyList<Rule> rules, string source, Language language)
    {
        switch (format)
        {
            case "json":
                return (filing is null ? ReportJson.ToJson(report) : ReportJson.ToJsonFiled(filing)) + "\n";
            case "html":
                return filing is null ? HtmlReport.Render(report, language) : HtmlReport.RenderFiled(filing, language);
            case "sarif":
                using (var buffer = new MemoryStream())
                {
                    using (var sarif = new SarifReport(buffer, rules, language))
                    {
                        sarif.Add(source, report);
                        sarif.Finish();
                    }

                    return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
                }

            case "junit":
                using (var buffer = new MemoryStream())
                {
                    using (var junit = new JUnitReport(buffer, language))
                    {
                        junit.Add(source, report);
                        junit.Finish();
                    }

                    return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
                }

            default:
                return filing is null ? TextReport.Render(report, language) : TextReport.RenderFiled(filing, language);
        }
    }
}
