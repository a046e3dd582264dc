using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;

namespace Compliance.Cli;

/// <summary>
/// Which rules a run reports: <c>--rule</c>, <c>--duty</c>, <c>--document</c> and <c>--severity</c>, each repeatable.
/// A rule is selected when it matches one value of every option given (any of the values, all of the options); with
/// none given, every rule is. Rules not selected are still evaluated, but are absent from every output, as if the
/// catalogue did not hold them. A value that matches no rule is a mistake, answered with the nearest id.
/// </summary>
internal sealed class RuleSelection
{
    private readonly HashSet<string> _ids;

    private RuleSelection(HashSet<string> ids, IReadOnlyList<(string Name, string Value)> given)
    {
        _ids = ids;
        Given = given;
    }

    /// <summary>What was asked for, in the manifest's words: one entry per option given, its values joined by commas.</summary>
    public IReadOnlyList<(string Name, string Value)> Given { get; }

    public bool IsAll => Given.Count == 0;

    /// <summary>The selection of <paramref name="catalogue"/> the options ask for; null, with the reason on <paramref name="stderr"/>, when a value matches nothing.</summary>
    public static RuleSelection? From(RuleSelectionOptions options, ParseResult parsed, RuleCatalogue catalogue, TextWriter stderr)
    {
        var rules = parsed.GetValue(options.Rule) ?? [];
        var duties = parsed.GetValue(options.Duty) ?? [];
        var documents = parsed.GetValue(options.Document) ?? [];
        var severities = parsed.GetValue(options.Severity) ?? [];
        IEnumerable<Rule> selected = catalogue.Rules;
        var errors = new List<string>();
        selected = Narrow(selected, "--rule", rules, r => [r.Id], catalogue.Rules.Select(r => r.Id), errors);
        selected = Narrow(selected, "--duty", duties, r => r.Duty is { } d ? [d] : [], catalogue.Rules.Select(r => r.Duty).OfType<string>().Distinct(), errors);
        selected = Narrow(selected, "--document", documents, DocumentNames, catalogue.Rules.SelectMany(DocumentNames).Distinct(), errors);
        selected = Narrow(selected, "--severity", severities, r => [ReportWords.Severity(r.Severity, ChinaLabour.Compliance.Text.Language.En)], ["minor", "major", "critical"], errors);
        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        var ids = selected.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (errors.Count == 0 && ids.Count == 0)
        {
            stderr.WriteLine(UsageErrors.EmptySelection());
        }

        if (errors.Count > 0 || ids.Count == 0)
        {
            return null;
        }

        var given = new List<(string, string)>();
        foreach (var (name, values) in new[] { ("rule", rules), ("duty", duties), ("document", documents), ("severity", severities) })
        {
            if (values.Length > 0)
            {
                given.Add((name, string.Join(",", values)));
            }
        }

        return new RuleSelection(ids, given);
    }

    public bool Selects(Rule rule) => IsAll || _ids.Contains(rule.Id);

    /// <summary><paramref name="report"/> without the results of rules not selected.</summary>
    public CheckReport Apply(CheckReport report) =>
        IsAll ? report : report with { Results = [.. report.Results.Where(r => Selects(r.Rule))] };

    /// <summary>
    /// The names a document answers to: its number (晋人社办发〔2022〕18号), its rule file's name without extension
    /// (jin-ren-she-ban-fa-2022-18) and the prefix of its rules' ids (jin-rsbf-2022-18).
    /// </summary>
    private static string[] DocumentNames(Rule rule) =>
        [rule.Document.Number, Path.GetFileNameWithoutExtension(rule.Document.RuleFile), rule.Id.Split('.')[0]];

    private static IEnumerable<Rule> Narrow(
        IEnumerable<Rule> rules, string option, string[] values, Func<Rule, string[]> names, IEnumerable<string> known, List<string> errors)
    {
        if (values.Length == 0)
        {
            return rules;
        }

        var patterns = values.Select(value => (value, Pattern(value))).ToArray();
        var all = known.ToArray();
        foreach (var (value, pattern) in patterns)
        {
            if (!all.Any(pattern.IsMatch))
            {
                errors.Add(UsageErrors.MatchesNothing(option, value, Suggestions.DidYouMean(value, all)));
            }
        }

        return rules.Where(rule => names(rule).Any(name => patterns.Any(p => p.Item2.IsMatch(name)))).ToArray();
    }

    /// <summary>
    /// A value as a pattern: <c>*</c> matches any run of characters and <c>?</c> one; without them, the value itself,
    /// or the value followed by a dot and more, so that <c>jin-rsbf-2022-18</c> selects every rule of that document.
    /// </summary>
    private static Regex Pattern(string value)
    {
        var escaped = Regex.Escape(value).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal);
        var tail = value.Contains('*', StringComparison.Ordinal) || value.Contains('?', StringComparison.Ordinal) ? string.Empty : @"(\..*)?";
        return new Regex($"^{escaped}{tail}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
