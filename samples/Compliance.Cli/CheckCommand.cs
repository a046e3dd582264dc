using System.CommandLine;
using System.IO;
using System.Text;
using Compliance.Catalogue;
using Compliance.Reporting;
using Compliance.Snapshots;
using Compliance.Text;
using NodaTime;

namespace Compliance.Cli;

/// <summary><c>check &lt;snapshot&gt;</c>: one employer against the catalogue.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var snapshot = new Argument<FileInfo>("snapshot") { Description = "The employer's snapshot, JSON or YAML." };
        var asOf = AsOf.Option();
        var rules = CatalogueSource.RulesOption();
        var addRules = CatalogueSource.AddRulesOption();
        var format = new Option<string>("--format") { Description = "text, json or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var language = Lang.Option("zh or en.");
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to FILE instead of standard output." };
        var failOn = FailOn.Option();

        var command = new Command("check", "Check one employer and print its report. Exit 0: nothing violated (at the --fail-on severity); 1: violations; 2: bad input.")
        {
            snapshot, asOf, rules, addRules, format, language, output, failOn,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(snapshot)!,
            parsed.GetValue(asOf),
            parsed.GetValue(rules),
            parsed.GetValue(addRules),
            parsed.GetValue(format)!,
            Lang.Parse(parsed.GetValue(language)),
            parsed.GetValue(output),
            FailOn.Parse(parsed.GetValue(failOn)),
            stdout,
            stderr,
            clock));
        return command;
    }

    private static int Run(
        FileInfo snapshotFile, string? asOfText, DirectoryInfo? rulesFolder, DirectoryInfo? addFolder, string format, Language language,
        FileInfo? output, Severity failOn, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        if (AsOf.Parse(asOfText, clock, stderr) is not { } asOf)
        {
            return ExitCodes.BadInput;
        }

        if (CatalogueSource.Load(rulesFolder, addFolder, stderr) is not { } catalogue)
        {
            return ExitCodes.BadInput;
        }

        var read = SnapshotReader.ReadFile(snapshotFile.FullName);
        if (!read.Success)
        {
            stderr.WriteLine($"error: {read.Error}");
            return ExitCodes.BadInput;
        }

        var report = ComplianceChecker.Create(catalogue).Check(read.Snapshot, asOf);
        var text = format switch
        {
            "json" => ReportJson.ToJson(report) + "\n",
            "html" => HtmlReport.Render(report, language),
            _ => TextReport.Render(report, language),
        };
        if (output is null)
        {
            stdout.Write(text);
        }
        else
        {
            File.WriteAllText(output.FullName, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return FailOn.Fails(report, failOn) ? ExitCodes.Violations : ExitCodes.Clean;
    }
}
