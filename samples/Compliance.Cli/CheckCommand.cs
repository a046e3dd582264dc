using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using Compliance.Catalogue;
using Compliance.Reporting;
using Compliance.Snapshots;
using Compliance.Text;
using NodaTime;

namespace Compliance.Cli;

/// <summary><c>check &lt;snapshot&gt;</c>: one employer against the catalogue.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock, CancellationToken stop)
    {
        var snapshot = new Argument<FileInfo>("snapshot") { Description = "The employer's snapshot, JSON or YAML." };
        var asOf = AsOf.Option();
        var rules = CatalogueSource.RulesOption();
        var addRules = CatalogueSource.AddRulesOption();
        var format = new Option<string>("--format") { Description = "text, json or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var language = Lang.Option("zh or en.");
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to FILE instead of standard output, whole or not at all; its folder must exist." };
        var failOn = FailOn.Option();

        var command = new Command("check", "Check one employer and print its report. Exit 0: nothing violated (at the --fail-on severity); 1: violations; 2: nothing checked (a mistake on the command line, unreadable snapshot or rules, an --out that cannot be written); 130: interrupted.")
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
            clock,
            stop));
        return command;
    }

    private static int Run(
        FileInfo snapshotFile, string? asOfText, DirectoryInfo? rulesFolder, DirectoryInfo? addFolder, string format, Language language,
        FileInfo? output, Severity failOn, TextWriter stdout, TextWriter stderr, IClock clock, CancellationToken stop)
    {
        if (Directory.Exists(snapshotFile.FullName) || !File.Exists(snapshotFile.FullName))
        {
            stderr.WriteLine(Directory.Exists(snapshotFile.FullName) ? UsageErrors.FolderForSnapshot(snapshotFile.ToString()) : UsageErrors.NoSnapshot(snapshotFile.ToString()));
            return ExitCodes.BadInput;
        }

        if (output is not null && OutRefusal(output) is { } refusal)
        {
            stderr.WriteLine(refusal);
            return ExitCodes.BadInput;
        }

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
            SnapshotErrors.Write(read, stderr);
            return ExitCodes.BadInput;
        }

        // The rules take a second or two to load: an interrupt meanwhile leaves nothing half-done to write.
        if (stop.IsCancellationRequested)
        {
            stderr.WriteLine("interrupted: nothing was checked");
            return ExitCodes.Interrupted;
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
            try
            {
                AtomicFile.WriteText(output.FullName, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(UsageErrors.Unwritable(output.ToString(), e.Message));
                return ExitCodes.BadInput;
            }
        }

        return FailOn.Fails(report, failOn) ? ExitCodes.Violations : ExitCodes.Clean;
    }

    /// <summary>Why the report cannot be written to <paramref name="output"/>, seen before the rules load; null when it can be tried.</summary>
    private static string? OutRefusal(FileInfo output) =>
        Directory.Exists(output.FullName) ? UsageErrors.FolderForFile(output.ToString())
        : Path.GetDirectoryName(output.FullName) is { } parent && !Directory.Exists(parent) ? UsageErrors.ParentMissing(output.ToString(), parent)
        : null;
}
