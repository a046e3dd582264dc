using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using ChinaLabour.Compliance.Waivers;
using NodaTime;

namespace Compliance.Cli;

/// <summary><c>batch &lt;folder&gt;</c>: many employers, each a snapshot file, with progress and files an auditor can hand over.</summary>
internal static class BatchCommand
{
    public const string Description =
        "Check every employer of a folder of snapshots or of a spreadsheet batch. Exit 0: everything checked, nothing violated; "
        + "1: violations found (even if part of the input was rejected); 2: nothing checked (a mistake on the command line, "
        + "unreadable input or rules, an --out that cannot be written); 3: part of the input rejected (rejected.csv) and no "
        + "violation in the rest; 130: interrupted (Ctrl-C, TERM): what was checked is written, the rest listed in "
        + "not-checked.csv, manifest.json says \"complete\": false.";

    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock, CancellationToken stop)
    {
        var folder = new Argument<string>("input") { Description = "A folder of snapshot files (*.json, *.yaml), one employer each; or a spreadsheet batch: a folder of CSV tables (employers.csv, workers.csv, …) or an .xlsx workbook (docs/import-format.md)." };
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of the CSV tables (utf-8, gb18030, gbk, …); by default each file's is detected: a byte-order mark, else UTF-8 when valid, else GB18030." };
        var asOf = AsOf.Option();
        var rules = CatalogueSource.RulesOption();
        var addRules = CatalogueSource.AddRulesOption();
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder for manifest.json, reports.jsonl, summary.csv, violations.csv, rejected.csv, not-checked.csv, report.xlsx, report.html and employers/: a new folder (its parent must exist), an empty one, or a previous run's, whose outputs are replaced; any other folder is refused.",
            DefaultValueFactory = _ => new DirectoryInfo("batch-report"),
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many threads read, check and write the employers, each doing whichever is due (the input is read, and the outputs written, in order); by default one per processor. With 1 the whole run is on one thread: opening the batch, loading the rules, compressing report.xlsx and hashing the files too; with more, these use every processor.",

            // Measured on two cores (docs/benchmarks.md, "The province itself: tenth pass"): every thread does every
            // stage, so the pipeline keeps as many cores busy as it is given threads; two ran the province's 1.76× as
            // fast as one.
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
                {
                    return count;
                }

                result.AddError(UsageErrors.Parallel(text));
                return 0;
            },
        };
        var failOn = FailOn.Option();
        var waivers = WaiverFile.Option();
        var pages = EmployerPages.Option();
        var language = Lang.Option("The language of the employers' pages: zh or en (report.html speaks both).");
        var formats = new Option<string[]>("--format")
        {
            Description = "Also write the run in this format: json (reports.jsonl, always written), sarif (report.sarif, SARIF 2.1.0) or junit (junit.xml, JUnit XML). Repeatable: --format sarif --format junit writes both from one run.",
        };
        formats.AcceptOnlyFromAmong("json", "sarif", "junit");
        var selection = new RuleSelectionOptions();
        var limits = new ImportLimits();
        var command = new Command("batch", Description)
        {
            folder, asOf, rules, addRules, output, parallel, failOn, encoding, pages, language,
        };
        command.Options.Add(formats);
        command.Options.Add(waivers);
        var detail = BatchOptions.Detail();
        var stats = BatchOptions.Stats();
        command.Options.Add(detail);
        command.Options.Add(stats);
        foreach (var option in selection.All.Concat(limits.Options))
        {
            command.Options.Add(option);
        }

        // --parallel 1 runs everything the command does on one thread, the work it starts beside itself included.
        command.SetAction(parsed => WorkThreads.Run(parsed.GetValue(parallel), () =>
        {
            var target = parsed.GetValue(output)!;

            // Cheap mistakes first, before the rules take a second or two to load.
            if (BatchSource.Missing(parsed.GetValue(folder)!) is { } missing)
            {
                stderr.WriteLine(missing);
                return ExitCodes.BadInput;
            }

            if (RunFolder.Refusal(target.ToString(), parsed.GetValue(folder)!) is { } refusal)
            {
                stderr.WriteLine(refusal);
                return ExitCodes.BadInput;
            }

            System.Text.Encoding? named = null;
            if (parsed.GetValue(encoding) is { } name && (named = ChinaLabour.Compliance.Spreadsheets.SpreadsheetOptions.EncodingNamed(name)) is null)
            {
                stderr.WriteLine($"error: --encoding: expected an encoding name such as utf-8 or gb18030, found '{name}'");
                return ExitCodes.BadInput;
            }

            if (AsOf.Parse(parsed.GetValue(asOf), clock, stderr) is not { } date)
            {
                return ExitCodes.BadInput;
            }

            // The batch is opened while the rules load: opening reads every table once (seconds for a province), loading
            // the rules keeps one core busy for a second or two. What opening says is held and said after the rules',
            // as when the two ran one after the other; and nothing of it when the rules fail, as then.
            var spreadsheetOptions = limits.Apply(parsed, new ChinaLabour.Compliance.Spreadsheets.SpreadsheetOptions { Encoding = named });
            var openingSays = new StringWriter(CultureInfo.InvariantCulture);
            var inputPath = parsed.GetValue(folder)!;
            var opening = WorkThreads.Start(() => BatchSource.Open(inputPath, spreadsheetOptions, openingSays));

            // Said before the rules load: an interrupt from here on is handled, and the run still writes its folder,
            // with every employer listed as not checked.
            stderr.WriteLine("loading the rules…");
            var catalogue = CatalogueSource.Load(parsed.GetValue(rules), parsed.GetValue(addRules), stderr);
            var selected = catalogue is null ? null : RuleSelection.From(selection, parsed, catalogue, stderr);

            // Waited for whatever the rules gave, so that nothing still reads the input once the command has returned.
            var input = opening.GetAwaiter().GetResult();
            if (catalogue is null || selected is null)
            {
                return ExitCodes.BadInput;
            }

            stderr.Write(openingSays.ToString());
            if (input is null)
            {
                return ExitCodes.BadInput;
            }

            // The employers of a batch are known only as it is read, so a waiver may name any employer here; one for an
            // employer not in the batch waives nothing. Its rule or duty is still checked against the catalogue.
            WaiverSet? waiverSet = null;
            if (parsed.GetValue(waivers) is { } waiverFile && (waiverSet = WaiverFile.Load(waiverFile, catalogue, null, stderr)) is null)
            {
                return ExitCodes.BadInput;
            }

            var run = new BatchRun(catalogue, date, parsed.GetValue(parallel), FailOn.Parse(parsed.GetValue(failOn)), stderr)
            {
                // A bar redrawn in place only where someone watches: a log, a pipe or a test's writer gets plain lines.
                OnTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb",
                Pages = EmployerPages.Parse(parsed.GetValue(pages)),
                PageLanguage = Lang.Parse(parsed.GetValue(language)),
                Formats = [.. (parsed.GetValue(formats) ?? []).Distinct(StringComparer.Ordinal)],
                Selection = selected,
                Waivers = waiverSet,
                Detail = BatchOptions.ParseDetail(parsed.GetValue(detail)),
                Stats = parsed.GetValue(stats),
            };
            if (run.Run(input, target, stop) is not { } summary)
            {
                return ExitCodes.BadInput;
            }

            stdout.WriteLine(summary.Describe());
            if (summary.Checked == 0 && !summary.Interrupted)
            {
                stderr.WriteLine(summary.Total == 0 ? "error: the batch holds no employers; nothing was checked" : $"error: no employer could be checked; {RunFolder.Rejected} says why");
            }

            return summary.ExitCode;
        }));
        return command;
    }
}
