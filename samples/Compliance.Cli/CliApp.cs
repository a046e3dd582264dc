using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using NodaTime;

namespace Compliance.Cli;

/// <summary>The command line: <c>check</c>, <c>batch</c>, <c>explain</c>, <c>rules</c>, <c>tables</c> and <c>diff</c>. Writes only to the writers it is given, so tests run it in-process.</summary>
internal static class CliApp
{
    /// <summary>
    /// Runs <paramref name="args"/>; <paramref name="stop"/> is cancelled by an interrupt (Program's <see cref="Interrupts"/>,
    /// or a test). Every command ends the same way: an interrupt before it returns gives 130, and a file that cannot be
    /// read or written gives a one-line error and 2, never a stack trace.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, IClock clock, CancellationToken stop = default)
    {
        var root = new RootCommand("Checks employers' records against Chinese work-safety and labour-dispatch rules.");
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr, clock, stop));
        root.Subcommands.Add(BatchCommand.Create(stdout, stderr, clock, stop));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr, clock));
        root.Subcommands.Add(RulesCommand.Create(stdout, stderr));
        root.Subcommands.Add(TablesCommand.Create(stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr));
        root.Subcommands.Add(ForecastCommand.Create(stdout, stderr, clock, stop));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line each, the way every other mistake is told.
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}{Suggestion(parsed, error.Message)} (run with --help for usage)");
            }

            return ExitCodes.BadInput;
        }

        int exit;
        try
        {
            // Interrupts are Program's to handle, from before any command starts; System.CommandLine's own handling
            // would end the process before a batch has written what it checked.
            exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {e.Message}");
            exit = ExitCodes.BadInput;
        }

        if (stop.IsCancellationRequested && exit != ExitCodes.Interrupted)
        {
            stderr.WriteLine("interrupted: exit 130");
            exit = ExitCodes.Interrupted;
        }

        return exit;
    }

    /// <summary>
    /// " (did you mean 'check'?)" for an error about a word the command line did not know: a mistyped option is
    /// compared with the options of the command it was given to, any other word with that command's subcommands.
    /// </summary>
    private static string Suggestion(ParseResult parsed, string message)
    {
        var command = parsed.CommandResult.Command;
        foreach (var token in parsed.UnmatchedTokens)
        {
            if (message.Contains($"'{token}'", StringComparison.Ordinal))
            {
                var candidates = token.StartsWith('-')
                    ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                    : command.Subcommands.Select(c => c.Name);
                return Suggestions.DidYouMean(token, candidates);
            }
        }

        return string.Empty;
    }
}
