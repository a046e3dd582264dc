using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Testing;

namespace Compliance.Cli;

/// <summary><c>rules list | show | lint | test | coverage</c>: what rule authors and auditors ask of the catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("rules", "Browse, lint and test the rule catalogue.");
        command.Subcommands.Add(List(stdout, stderr));
        command.Subcommands.Add(Show(stdout, stderr));
        command.Subcommands.Add(Lint(stdout, stderr));
        command.Subcommands.Add(Test(stdout, stderr));
        command.Subcommands.Add(Coverage(stdout, stderr));
        command.Subcommands.Add(Reference(stdout));
        return command;
    }

    private static Command Reference(TextWriter stdout)
    {
        var command = new Command("reference", "Print every fact, member, helper and value rule expressions may use (Markdown; docs/expression-reference.md).");
        command.SetAction(_ =>
        {
            stdout.Write(RuleLanguage.ReferenceMarkdown());
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = string.Join(", ", formats) + ".", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    private static Command List(TextWriter stdout, TextWriter stderr)
    {
        var rules = CatalogueSource.RulesOption();
        var format = FormatOption("text", "json", "markdown");
        var command = new Command("list", "List the rules: id, title, document and clause.") { rules, format };
        command.SetAction(parsed =>
        {
            if (CatalogueSource.Load(parsed.GetValue(rules), stderr) is not { } catalogue)
            {
                return ExitCodes.BadInput;
            }

            stdout.Write(parsed.GetValue(format) switch
            {
                "json" => CatalogueText.RulesJson(catalogue),
                "markdown" => CatalogueText.RulesMarkdown(catalogue),
                _ => CatalogueText.RulesTable(catalogue),
            });
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Show(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "The rule's id." };
        var rules = CatalogueSource.RulesOption();
        var command = new Command("show", "Show one rule in full: citation, scope, facts, expressions.") { id, rules };
        command.SetAction(parsed =>
        {
            if (CatalogueSource.Load(parsed.GetValue(rules), stderr) is not { } catalogue)
            {
                return ExitCodes.BadInput;
            }

            var wanted = parsed.GetValue(id)!;
            if (catalogue.Rules.FirstOrDefault(r => r.Id == wanted) is not { } rule)
            {
                // Ids that hold what was typed (a duty, a document's prefix), else the one a typo away.
                var near = catalogue.Rules.Where(r => r.Id.Contains(wanted, StringComparison.OrdinalIgnoreCase)).Select(r => r.Id).Take(5).ToArray();
                near = near.Length > 0 ? near : Suggestions.Closest(wanted, catalogue.Rules.Select(r => r.Id)) is { } typo ? [typo] : [];
                stderr.WriteLine($"error: no rule '{wanted}'{(near.Length > 0 ? $"; did you mean {string.Join(", ", near)}?" : string.Empty)}");
                return ExitCodes.BadInput;
            }

            stdout.Write(CatalogueText.Rule(rule));
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Lint(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The rule folder to check." };
        var command = new Command("lint", "Check a rule folder: every problem as file:line:column. Exit 0 clean, 2 problems.") { folder };
        command.SetAction(parsed =>
        {
            if (CatalogueSource.Load(parsed.GetValue(folder), stderr) is not { } catalogue)
            {
                return ExitCodes.BadInput;
            }

            stdout.WriteLine($"{catalogue.Rules.Count} rules in {catalogue.Documents.Count} documents: no problems.");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static Command Test(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<DirectoryInfo?>("folder")
        {
            Description = "A rule folder with its tests in tests/; default: the bundled catalogue with ./rules/tests.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var addRules = CatalogueSource.AddRulesOption();
        var rule = new Option<string?>("--rule") { Description = "Only the cases that name rule ID, and only its coverage of cases." };
        var file = new Option<string?>("--file") { Description = "Only the test file NAME (e.g. lao-dong-fa-2018.yaml) and its rule file's rules." };
        var command = new Command("test", "Run the rule tests and check every rule has the cases it needs. Exit 0 all pass, 1 failures or gaps, 2 bad rules or tests.")
        {
            folder, addRules, rule, file,
        };
        command.SetAction(parsed =>
        {
            var rulesFolder = parsed.GetValue(folder);
            var added = parsed.GetValue(addRules);
            if (CatalogueSource.Load(rulesFolder, added, stderr) is not { } catalogue)
            {
                return ExitCodes.BadInput;
            }

            var tests = Path.Combine((added ?? rulesFolder)?.FullName ?? "rules", "tests");
            var report = Filter(RuleTestRunner.RunFolder(ComplianceChecker.Create(catalogue), tests), parsed.GetValue(rule), parsed.GetValue(file));

            // With --add-rules only the local rules are judged: the bundled ones have their own tests.
            var judged = catalogue.Rules
                .Where(r => added is null || r.Document.RuleFile.StartsWith("local/", StringComparison.Ordinal))
                .Where(r => parsed.GetValue(rule) is not { } id || r.Id == id)
                .Where(r => parsed.GetValue(file) is not { } name || Path.GetFileName(r.Document.RuleFile) == name);
            var gaps = RuleCaseCoverage.Find(judged, report);
            foreach (var problem in report.Problems)
            {
                stderr.WriteLine(problem);
            }

            foreach (var result in report.Cases.Where(c => !c.Passed))
            {
                stdout.WriteLine($"FAIL {result.Position}: {result.Name}");
                foreach (var failure in result.Failures)
                {
                    stdout.WriteLine($"     {failure}");
                }
            }

            foreach (var gap in gaps)
            {
                stdout.WriteLine($"GAP  {gap.RuleFile}: {gap}");
            }

            var failed = report.Cases.Count(c => !c.Passed);
            stdout.WriteLine($"{report.Cases.Count - failed} passed, {failed} failed{(gaps.Count > 0 ? $", {gaps.Count} case(s) missing" : string.Empty)}");
            return report.Problems.Count > 0 ? ExitCodes.BadInput : failed > 0 || gaps.Count > 0 ? ExitCodes.Violations : ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>Keeps the cases that name <paramref name="rule"/> and those of the test file <paramref name="file"/>.</summary>
    private static RuleTestReport Filter(RuleTestReport report, string? rule, string? file) =>
        rule is null && file is null
            ? report
            : report with
            {
                Cases = [.. report.Cases
                    .Where(c => rule is null || c.Expected.Any(e => e.RuleId == rule))
                    .Where(c => file is null || Path.GetFileName(c.Position.File) == file)],
            };

    private static Command Coverage(TextWriter stdout, TextWriter stderr)
    {
        var rules = CatalogueSource.RulesOption();
        var format = FormatOption("text", "json");
        var command = new Command("coverage", "Print the coverage matrix: every clause of every document, with its status.") { rules, format };
        command.SetAction(parsed =>
        {
            if (CatalogueSource.Load(parsed.GetValue(rules), stderr) is not { } catalogue)
            {
                return ExitCodes.BadInput;
            }

            stdout.Write(parsed.GetValue(format) == "json" ? CatalogueText.CoverageJson(catalogue) : CatalogueText.CoverageTable(catalogue));
            return ExitCodes.Clean;
        });
        return command;
    }
}
