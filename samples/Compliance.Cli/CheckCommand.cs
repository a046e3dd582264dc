using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;
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
        var format = new Option<string[]>("--format")
        {
            Description = "text, json, html, sarif (SARIF 2.1.0) or junit (JUnit XML). Repeatable: with several, --out names a folder, which gets one file per format (report.txt, report.json, report.html, report.sarif, junit.xml).",
            DefaultValueFactory = _ => ["text"],
        };
        format.AcceptOnlyFromAmong([.. CheckFormats.Names.Union(PeriodFormats.Names, StringComparer.Ordinal)]);
        var language = Lang.Option("zh or en.");
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to FILE instead of standard output, whole or not at all; its folder must exist. With several --format values, a FOLDER for their files (created if its parent exists)." };
        var failOn = FailOn.Option();
        var from = new Option<string?>("--from") { Description = "Judge a period instead of a day: its first day (yyyy-MM-dd), with --to. Formats: text, json, html, csv." };
        var to = new Option<string?>("--to") { Description = "The period's last day (yyyy-MM-dd), with --from." };
        var waivers = WaiverFile.Option();
        var selection = new RuleSelectionOptions();

        var command = new Command("check", "Check one employer and print its report. Exit 0: nothing violated (at the --fail-on severity; waived violations do not count); 1: violations; 2: nothing checked (a mistake on the command line, unreadable snapshot or rules, an --out that cannot be written); 130: interrupted.")
        {
            snapshot, asOf, from, to, rules, addRules, format, language, output, failOn, waivers,
        };
        foreach (var option in selection.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed => Run(
            parsed.GetValue(snapshot)!,
            new When(parsed.GetValue(asOf), parsed.GetValue(from), parsed.GetValue(to)),
            parsed.GetValue(rules),
            parsed.GetValue(addRules),
            [.. parsed.GetValue(format)!.Distinct(StringComparer.Ordinal)],
            Lang.Parse(parsed.GetValue(language)),
            parsed.GetValue(output),
            FailOn.Parse(parsed.GetValue(failOn)),
            parsed.GetValue(waivers),
            catalogue => RuleSelection.From(selection, parsed, catalogue, stderr),
            stdout,
            stderr,
            clock,
            stop));
        return command;
    }

    private static int Run(
        FileInfo snapshotFile, When when, DirectoryInfo? rulesFolder, DirectoryInfo? addFolder, string[] formats, Language language,
        FileInfo? output, Severity failOn, FileInfo? waiverFile, Func<RuleCatalogue, RuleSelection?> select, TextWriter stdout, TextWriter stderr, IClock clock, CancellationToken stop)
    {
        if (Directory.Exists(snapshotFile.FullName) || !File.Exists(snapshotFile.FullName))
        {
            stderr.WriteLine(Directory.Exists(snapshotFile.FullName) ? UsageErrors.FolderForSnapshot(snapshotFile.ToString()) : UsageErrors.NoSnapshot(snapshotFile.ToString()));
            return ExitCodes.BadInput;
        }

        if (formats.Length > 1 && output is null)
        {
            stderr.WriteLine(UsageErrors.SeveralFormatsNeedFolder(string.Join(" --format ", formats)));
            return ExitCodes.BadInput;
        }

        if (output is not null && (formats.Length > 1 ? FolderRefusal(output) : OutRefusal(output)) is { } refusal)
        {
            stderr.WriteLine(refusal);
            return ExitCodes.BadInput;
        }

        if (when.Parse(formats, clock, stderr) is not { } days)
        {
            return ExitCodes.BadInput;
        }

        if (waiverFile is not null && days.Length > 1)
        {
            stderr.WriteLine(UsageErrors.WaiversWithPeriod);
            return ExitCodes.BadInput;
        }

        if (CatalogueSource.Load(rulesFolder, addFolder, stderr) is not { } catalogue)
        {
            return ExitCodes.BadInput;
        }

        if (select(catalogue) is not { } selection)
        {
            return ExitCodes.BadInput;
        }

        var read = SnapshotReader.ReadFile(snapshotFile.FullName);
        if (!read.Success)
        {
            SnapshotErrors.Write(read, stderr);
            return ExitCodes.BadInput;
        }

        // A waiver names an employer checked: for check, the one employer of the snapshot.
        WaiverSet? waivers = null;
        if (waiverFile is not null
            && (waivers = WaiverFile.Load(waiverFile, catalogue, new HashSet<string>(StringComparer.Ordinal) { read.Snapshot.Enterprise.Id }, stderr)) is null)
        {
            return ExitCodes.BadInput;
        }

        // The rules take a second or two to load: an interrupt meanwhile leaves nothing half-done to write.
        if (stop.IsCancellationRequested)
        {
            stderr.WriteLine("interrupted: nothing was checked");
            return ExitCodes.Interrupted;
        }

        var checker = ComplianceChecker.Create(catalogue);
        Func<string, string> Render;
        bool fails;
        if (days.Length == 1)
        {
            var report = selection.Apply(checker.Check(read.Snapshot, days.Start, stop));
            var filing = waivers?.Apply(report);
            if (filing is not null)
            {
                WaiverFile.WriteExpired(filing, stderr);
            }

            var selected = catalogue.Rules.Where(selection.Selects).ToArray();
            Render = format => CheckFormats.Render(format, report, filing, selected, snapshotFile.ToString(), language);
            fails = FailOn.Fails(filing?.OpenViolations ?? report.Violations, failOn);
        }
        else
        {
            var period = checker.CheckPeriod(read.Snapshot, days, stop);
            period = period with { Rules = period.Rules.Where(r => selection.Selects(r.Rule)).ToArray() };
            Render = format => PeriodFormats.Render(format, period, language);
            fails = period.Violations.Any(r => r.Rule.Severity >= failOn);
        }

        if (output is null)
        {
            stdout.Write(Render(formats[0]));
        }
        else
        {
            try
            {
                var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
                if (formats.Length == 1)
                {
                    AtomicFile.WriteText(output.FullName, Render(formats[0]), utf8);
                }
                else
                {
                    Directory.CreateDirectory(output.FullName);
                    foreach (var format in formats)
                    {
                        AtomicFile.WriteText(Path.Combine(output.FullName, CheckFormats.FileName(format)), Render(format), utf8);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(UsageErrors.Unwritable(output.ToString(), e.Message));
                return ExitCodes.BadInput;
            }
        }

        return fails ? ExitCodes.Violations : ExitCodes.Clean;
    }

    /// <summary>Why the reports of several formats cannot be written into <paramref name="output"/>, a folder, seen before the rules load; null when it can be tried.</summary>
    private static string? FolderRefusal(FileInfo output) =>
        File.Exists(output.FullName) ? UsageErrors.FileForFormats(output.ToString())
        : Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output.FullName)) is { } parent && !Directory.Exists(parent) ? UsageErrors.ParentMissing(output.ToString(), parent)
        : null;

    /// <summary>Why the report cannot be written to <paramref name="output"/>, seen before the rules load; null when it can be tried.</summary>
    private static string? OutRefusal(FileInfo output) =>
        Directory.Exists(output.FullName) ? UsageErrors.FolderForFile(output.ToString())
        : Path.GetDirectoryName(output.FullName) is { } parent && !Directory.Exists(parent) ? UsageErrors.ParentMissing(output.ToString(), parent)
        : null;
}
