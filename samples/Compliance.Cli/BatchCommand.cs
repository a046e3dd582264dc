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
        var folder = new Argument<DirectoryInfo>("folder") { Description = "A folder of snapshot files (*.json, *.yaml), one employer each." };
        var asOf = AsOf.Option();
        var rules = CatalogueSource.RulesOption();
        var addRules = CatalogueSource.AddRulesOption();
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Where to write reports.jsonl, summary.csv, violations.csv and rejected.csv.",
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
        var command = new Command("batch", "Check every snapshot of a folder. Exit 0: nothing violated; 1: violations; 2: bad input (some files rejected, or bad rules).")
        {
            folder, asOf, rules, addRules, output, parallel, failOn,
        };
        command.SetAction((parsed, cancellation) =>
        {
            if (AsOf.Parse(parsed.GetValue(asOf), clock, stderr) is not { } date
                || CatalogueSource.Load(parsed.GetValue(rules), parsed.GetValue(addRules), stderr) is not { } catalogue)
            {
                return System.Threading.Tasks.Task.FromResult(ExitCodes.BadInput);
            }

            var input = parsed.GetValue(folder)!;
            if (!input.Exists)
            {
                stderr.WriteLine($"error: the folder '{input.FullName}' does not exist");
                return System.Threading.Tasks.Task.FromResult(ExitCodes.BadInput);
            }

            // Ctrl-C (or a TERM from a scheduler) asks the batch to stop after the chunk under way and to write what it
            // checked; without this the runtime would end the process at once and leave the outputs cut short.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var run = new BatchRun(catalogue, date, parsed.GetValue(parallel), FailOn.Parse(parsed.GetValue(failOn)), stderr);
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
