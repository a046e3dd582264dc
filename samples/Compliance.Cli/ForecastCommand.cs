using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace Compliance.Cli;

/// <summary><c>forecast &lt;snapshot&gt;</c>: the next days on which a rule's outcome changes if the records stay as they are.</summary>
internal static class ForecastCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock, CancellationToken stop)
    {
        var snapshot = new Argument<FileInfo>("snapshot") { Description = "The employer's snapshot, JSON or YAML." };
        var asOf = AsOf.Option();
        var horizon = new Option<string>("--horizon") { Description = "How far to look: days, months or years, e.g. 90d, 6m, 1y.", DefaultValueFactory = _ => "90d" };
        var rules = CatalogueSource.RulesOption();
        var addRules = CatalogueSource.AddRulesOption();
        var format = new Option<string>("--format") { Description = "text, json (compliance-forecast/1, docs/report-format.md), csv or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv", "html");
        var language = Lang.Option("zh or en.");
        var output = new Option<FileInfo?>("--out") { Description = "Write the forecast to FILE instead of standard output, whole or not at all." };
        var command = new Command(
            "forecast",
            "List the days after --as-of, within --horizon, on which a rule's outcome would change if the records stayed as they are "
            + "(a certificate expires, a dispatched worker reaches six months in a temporary post), each with its causes. "
            + "Exit 0: no rule becomes violated; 1: some rule does; 2: nothing forecast (a mistake on the command line, unreadable snapshot or rules).")
        {
            snapshot, asOf, horizon, rules, addRules, format, language, output,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(snapshot)!, parsed.GetValue(asOf), parsed.GetValue(horizon)!, parsed.GetValue(rules), parsed.GetValue(addRules),
            parsed.GetValue(format)!, Lang.Parse(parsed.GetValue(language)), parsed.GetValue(output), stdout, stderr, clock, stop));
        return command;
    }

    /// <summary>The last day <paramref name="horizon"/> reaches from <paramref name="from"/>, or null when it is not a horizon.</summary>
    public static LocalDate? Until(LocalDate from, string horizon)
    {
        if (horizon.Length < 2 || !int.TryParse(horizon.AsSpan(0, horizon.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 36_500)
        {
            return null;
        }

        return horizon[^1] switch
        {
            'd' => from.PlusDays(n),
            'm' when n <= 1_200 => from.PlusMonths(n),
            'y' when n <= 100 => from.PlusYears(n),
            _ => null,
        };
    }

    private static int Run(
        FileInfo snapshotFile, string? asOfText, string horizon, DirectoryInfo? rulesFolder, DirectoryInfo? addFolder, string format,
        ChinaLabour.Compliance.Text.Language language, FileInfo? output, TextWriter stdout, TextWriter stderr, IClock clock, CancellationToken stop)
    {
        if (!File.Exists(snapshotFile.FullName))
        {
            stderr.WriteLine(Directory.Exists(snapshotFile.FullName) ? UsageErrors.FolderForSnapshot(snapshotFile.ToString()) : UsageErrors.NoSnapshot(snapshotFile.ToString()));
            return ExitCodes.BadInput;
        }

        if (AsOf.Parse(asOfText, clock, stderr) is not { } asOf)
        {
            return ExitCodes.BadInput;
        }

        if (Until(asOf, horizon) is not { } until)
        {
            stderr.WriteLine(UsageErrors.Horizon(horizon));
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

        var forecast = ComplianceChecker.Create(catalogue).Forecast(read.Snapshot, asOf, until, stop);
        var text = format switch
        {
            "json" => PeriodJson.ToJson(forecast) + "\n",
            "csv" => PeriodCsv.Render(forecast, language),
            "html" => PeriodHtmlReport.Render(forecast, language),
            _ => PeriodTextReport.Render(forecast, language),
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

        return forecast.Changes.Any(c => c.After == Outcome.Violated && c.Before != Outcome.Violated) ? ExitCodes.Violations : ExitCodes.Clean;
    }
}
