using System;
using System.CommandLine;
using System.IO;
using NodaTime;

namespace Compliance.Cli;

/// <summary>The command line: <c>check</c>, <c>batch</c>, <c>explain</c> and <c>rules</c>. Writes only to the writers it is given, so tests run it in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var root = new RootCommand("Checks employers' records against Chinese work-safety and labour-dispatch rules.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr, clock));
        root.Subcommands.Add(BatchCommand.Create(stdout, stderr, clock));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr, clock));
        root.Subcommands.Add(RulesCommand.Create(stdout, stderr));
        root.Subcommands.Add(TablesCommand.Create(stdout, stderr));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run with --help for usage.");
            return ExitCodes.BadInput;
        }

        // Ctrl-C cancels the action's token; a batch then finishes the chunk under way and writes what it checked,
        // which may take longer than System.CommandLine's default two seconds before it ends the process.
        return parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) })
            .GetAwaiter().GetResult();
    }
}
