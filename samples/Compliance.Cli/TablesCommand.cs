using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;

namespace Compliance.Cli;

/// <summary><c>tables columns | export</c>: the spreadsheet format audit teams fill in, and snapshots written in it.</summary>
internal static class TablesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("tables", "The spreadsheet batch format: its columns, and snapshots written as tables.");
        var columns = new Command("columns", "Print every table, header and value word a spreadsheet batch may use (Markdown).");
        columns.SetAction(_ =>
        {
            stdout.Write(SpreadsheetFormat.Markdown());
            return ExitCodes.Clean;
        });
        command.Subcommands.Add(columns);
        command.Subcommands.Add(Export(stdout, stderr));
        return command;
    }

    private static Command Export(TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string[]>("snapshots") { Description = "Snapshot files (*.json, *.yaml), or folders of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "A folder for CSV tables, or a file ending .xlsx for one workbook.", Required = true };
        var headers = new Option<string>("--headers") { Description = "zh (Chinese headers and words, the default) or en.", DefaultValueFactory = _ => "zh" };
        headers.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("export", "Write snapshots as a spreadsheet batch that `batch` reads back to the same employers.") { input, output, headers };
        command.SetAction(parsed =>
        {
            var files = parsed.GetValue(input)!
                .SelectMany<string, string>(p => Directory.Exists(p)
                    ? Directory.EnumerateFiles(p).Where(f => Path.GetExtension(f) is ".json" or ".yaml" or ".yml").Order(StringComparer.Ordinal)
                    : [p])
                .ToArray();
            var snapshots = new List<EmployerSnapshot>();
            foreach (var file in files)
            {
                var read = SnapshotReader.ReadFile(file);
                if (!read.Success)
                {
                    SnapshotErrors.Write(read, stderr);
                    return ExitCodes.BadInput;
                }

                snapshots.Add(read.Snapshot);
            }

            var target = parsed.GetValue(output)!;
            var language = parsed.GetValue(headers) == "en" ? SpreadsheetHeaders.English : SpreadsheetHeaders.Chinese;
            if (target.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    SpreadsheetWriter.WriteWorkbook(snapshots, target, language);
                }
                catch (ArgumentException e)
                {
                    stderr.WriteLine("error: " + e.Message.Split(" (Parameter", 2)[0]);
                    return ExitCodes.BadInput;
                }
            }
            else
            {
                SpreadsheetWriter.WriteCsv(snapshots, target, language);
            }

            stdout.WriteLine($"{snapshots.Count} employers written to {target}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
