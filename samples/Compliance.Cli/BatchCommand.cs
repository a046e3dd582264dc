using System;
using System.CommandLine;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using NodaTime;

namespace Compliance.Cli;

/// <summary><c>batch &lt;folder&gt;</c>: many employers, each a snapshot file, with progress and files an auditor can hand over.</summary>
internal static class BatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var folder = new Argument<string>("input") { Description = "A folder of snapshot files (*.json, *.yaml), one employer each; or a spreadsheet batch: a folder of CSV tables (employers.csv, workers.csv, …) or an .xlsx workbook (docs/import-format.md)." };
        var encoding = new Option<string?>("--encoding") { Description = "The encoding of the CSV tables (utf-8, gb18030, gbk, …); by default each file's is detected: a byte-order mark, else UTF-8 when valid, else GB18030." };
        var asOf = AsOf.Option();
        var rules = CatalogueSource.RulesOption();
        var addRules = CatalogueSource.AddRulesOption();
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Where to write reports.jsonl, summary.csv, violations.csv, rejected.csv, report.xlsx, report.html and employers/.",
            DefaultValueFactory = _ => new DirectoryInfo("batch-report"),
        };
        var parallel = new Option<int>("--parallel") { Description = "How many employers to check at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallel.Validators.Add(r =>
        {
            if (r.GetValue(parallel) < 1)
            {
                r.AddError("--parallel must be 1 or more");
            }
        });
        var failOn = FailOn.Option();
        var pages = EmployerPages.Option();
        var language = Lang.Option("The language of the employers' pages: zh or en (report.html speaks both).");
        var command = new Command("batch", "Check every employer of a folder of snapshots or of a spreadsheet batch. Exit 0: nothing violated; 1: violations; 2: bad input (some files rejected, or bad rules).")
        {
            folder, asOf, rules, addRules, output, parallel, failOn, encoding, pages, language,
        };
        command.SetAction((parsed, cancellation) =>
        {
            if (AsOf.Parse(parsed.GetValue(asOf), clock, stderr) is not { } date
                || CatalogueSource.Load(parsed.GetValue(rules), parsed.GetValue(addRules), stderr) is not { } catalogue)
            {
                return System.Threading.Tasks.Task.FromResult(ExitCodes.BadInput);
            }

            System.Text.Encoding? named = null;
            if (parsed.GetValue(encoding) is { } name && (named = Compliance.Import.SpreadsheetOptions.EncodingNamed(name)) is null)
            {
                stderr.WriteLine($"error: --encoding: expected an encoding name such as utf-8 or gb18030, found '{name}'");
                return System.Threading.Tasks.Task.FromResult(ExitCodes.BadInput);
            }

            if (BatchSource.Open(parsed.GetValue(folder)!, named, stderr) is not { } input)
            {
                return System.Threading.Tasks.Task.FromResult(ExitCodes.BadInput);
            }

            // Ctrl-C (or a TERM from a scheduler) asks the batch to stop after the chunk under way and to write what it
            // checked; without this the runtime would end the process at once and leave the outputs cut short.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var run = new BatchRun(catalogue, date, parsed.GetValue(parallel), FailOn.Parse(parsed.GetValue(failOn)), stderr)
            {
                // A bar redrawn in place only where someone watches: a log, a pipe or a test's writer gets plain lines.
                OnTerminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb",
                Pages = EmployerPages.Parse(parsed.GetValue(pages)),
                PageLanguage = Lang.Parse(parsed.GetValue(language)),
            };
            var summary = run.Run(input, parsed.GetValue(output)!, stop.Token);
            stdout.WriteLine(summary.Describe());

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }

            return System.Threading.Tasks.Task.FromResult(summary.EmployersFailing > 0 ? ExitCodes.Violations : summary.Rejected > 0 || summary.NotChecked > 0 ? ExitCodes.BadInput : ExitCodes.Clean);
        });
        return command;
    }
}
