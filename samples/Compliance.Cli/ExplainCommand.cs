using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Compliance.Checking;
using Compliance.Snapshots;
using Compliance.Text;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary><c>explain &lt;rule-id&gt; &lt;snapshot&gt;</c>: how one rule was decided for one employer, step by step.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var id = new Argument<string>("rule-id") { Description = "The rule to explain." };
        var snapshot = new Argument<FileInfo>("snapshot") { Description = "The employer's snapshot, JSON or YAML." };
        var asOf = AsOf.Option();
        var rules = CatalogueSource.RulesOption();
        var language = Lang.Option("The language of the rule's title, reasons, figures and remedy: zh or en.");
        var command = new Command("explain", "Explain how one rule was decided for one employer: scope, facts, named values, records, remedy.")
        {
            id, snapshot, asOf, rules, language,
        };
        command.SetAction(parsed =>
        {
            if (AsOf.Parse(parsed.GetValue(asOf), clock, stderr) is not { } date
                || CatalogueSource.Load(parsed.GetValue(rules), stderr) is not { } catalogue)
            {
                return ExitCodes.BadInput;
            }

            var wanted = parsed.GetValue(id)!;
            if (catalogue.Rules.All(r => r.Id != wanted))
            {
                stderr.WriteLine($"error: no rule '{wanted}'{Suggestions.DidYouMean(wanted, catalogue.Rules.Select(r => r.Id))}; list them with 'rules list'");
                return ExitCodes.BadInput;
            }

            var read = SnapshotReader.ReadFile(parsed.GetValue(snapshot)!.FullName);
            if (!read.Success)
            {
                stderr.WriteLine($"error: {read.Error}");
                return ExitCodes.BadInput;
            }

            var report = ComplianceChecker.Create(catalogue).Check(read.Snapshot, date);
            var result = report.Results.Single(r => r.Rule.Id == wanted);
            stdout.Write(Render(result, report, date, Lang.Parse(parsed.GetValue(language))));
            return result.Outcome == Outcome.Violated ? ExitCodes.Violations : ExitCodes.Clean;
        });
        return command;
    }

    private static string Render(RuleResult result, CheckReport report, LocalDate asOf, Language language)
    {
        var rule = result.Rule;
        var text = new StringBuilder();
        void Line(string value) => text.AppendLine(value);
        Line($"{rule.Id}: {rule.Title.In(language)}");
        Line($"  {rule.Citation.Document} {rule.Citation.Clause}: {rule.Citation.Quote}");
        Line(string.Empty);
        Line("1. Applicability");
        var applies = rule.Applies;
        Line($"   region    {report.Region?.ToString() ?? "(not given)"} against {(applies.Regions.Count == 0 ? "everywhere" : string.Join(", ", applies.Regions))}");
        Line($"   industry  {report.Industry?.ToString() ?? "(not given)"} against {(applies.Industries.Count == 0 ? "every industry" : string.Join(", ", applies.Industries))}");
        Line($"   in force  {LocalDatePattern.Iso.Format(applies.From)} – {(applies.To is { } to ? LocalDatePattern.Iso.Format(to) : string.Empty)}; as of {LocalDatePattern.Iso.Format(asOf)}");
        if (applies.Unless is { } unless)
        {
            Line($"   unless    {unless.When}  ({unless.Reason.In(language)})");
        }

        Line(string.Empty);
        Line($"2. Facts read: {string.Join(", ", rule.Needs)}");
        foreach (var missing in result.MissingFacts)
        {
            Line($"   missing   {missing}");
        }

        Line(string.Empty);
        Line("3. Named values");
        foreach (var expression in rule.Values)
        {
            var value = result.Values.FirstOrDefault(v => v.Name == expression.Name);
            Line(string.Create(CultureInfo.InvariantCulture, $"   {expression.Name,-14} = {value?.Text ?? "(not computed)",-12} ← {expression.Expression}"));
        }

        Line(string.Empty);
        Line($"4. Check     {rule.Check}");
        Line($"   Outcome   {result.Outcome}{(result.Reason is { } reason ? $": {reason.In(language)}" : string.Empty)}");
        if (result.Message is { } message)
        {
            Line($"   Figures   {message.In(language)}");
        }

        if (result.Outcome == Outcome.Violated)
        {
            Line(string.Empty);
            Line($"5. Records   {(rule.Evidence ?? "(the rule names none)")}");
            Line(result.Evidence.Count > 0
                ? $"   {string.Join(", ", result.Evidence.Select(e => $"{e.Kind} {e.Id}"))}"
                : result.EvidenceUnavailable.Count > 0 ? $"   cannot be listed; missing {string.Join(", ", result.EvidenceUnavailable)}" : "   none");
            if (result.Remedy is { } remedy)
            {
                Line($"   Remedy    {remedy.In(language)}");
            }
        }

        return text.ToString();
    }
}
