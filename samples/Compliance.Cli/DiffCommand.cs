using System.CommandLine;
using System.IO;

namespace Compliance.Cli;

/// <summary><c>diff &lt;old&gt; &lt;new&gt;</c>: what changed between two runs' reports, per employer and per duty.</summary>
internal static class DiffCommand
{
    public const string Description =
        "Compare two runs' JSON reports (check --format json, a reports.jsonl, or a batch's --out folder): findings new, resolved, "
        + "no longer decidable (facts missing: not a fix), persisting and changed in figures, per employer and per duty, and employers "
        + "added or removed. Exit 0: no change; 1: changes; 2: nothing compared (a report that cannot be read, or reports of different "
        + "catalogue versions without --compare-anyway).";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var old = new Argument<string>("old") { Description = "The earlier run: a JSON report, a reports.jsonl, or a batch's --out folder." };
        var now = new Argument<string>("new") { Description = "The later run, likewise." };
        var format = new Option<string>("--format") { Description = "text, json (compliance-diff/1, docs/report-format.md), or html (a page to hand to a manager).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var anyway = new Option<bool>("--compare-anyway") { Description = "Compare reports made from different catalogue versions, and list the rules whose title or citation changed, or that only one run has." };
        var command = new Command("diff", Description) { old, now, format, anyway };
        command.SetAction(parsed => Run(parsed.GetValue(old)!, parsed.GetValue(now)!, parsed.GetValue(format)!, parsed.GetValue(anyway), stdout, stderr));
        return command;
    }

    private static int Run(string oldPath, string newPath, string format, bool compareAnyway, TextWriter stdout, TextWriter stderr)
    {
        if ((ReportReader.Missing(oldPath) ?? ReportReader.Missing(newPath)) is { } missing)
        {
            stderr.WriteLine(missing);
            return ExitCodes.BadInput;
        }

        var oldReader = new ReportReader(oldPath);
        var newReader = new ReportReader(newPath);
        var diff = new RunDiff(compareAnyway);
        try
        {
            foreach (var report in oldReader.Read())
            {
                if (diff.AddOld(oldReader.File, report) is { } refusal)
                {
                    return Refuse(refusal, stderr);
                }
            }

            foreach (var report in newReader.Read())
            {
                if (diff.AddNew(newReader.File, report) is { } refusal)
                {
                    return Refuse(refusal, stderr);
                }
            }
        }
        catch (ReportInputException e)
        {
            return Refuse($"error: {e.Message}", stderr);
        }

        var result = diff.Finish(oldReader, newReader);
        switch (format)
        {
            case "json":
                stdout.Write(DiffJson.Write(result));
                break;
            case "html":
                DiffHtml.Write(result, stdout);
                break;
            default:
                DiffText.Write(result, stdout);
                break;
        }

        return result.HasChanges ? ExitCodes.Violations : ExitCodes.Clean;
    }

    private static int Refuse(string message, TextWriter stderr)
    {
        stderr.WriteLine(message);
        return ExitCodes.BadInput;
    }
}
