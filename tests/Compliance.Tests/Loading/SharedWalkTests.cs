using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Loading;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Compliance.Tests.Loading;

/// <summary>
/// A rule whose evidence filters the set its count counts, with the same predicate, takes its evidence from the count's
/// walk; the evidence must be what the filter gives, record for record, and every other rule must walk as before.
/// </summary>
public sealed class SharedWalkTests
{
    private static readonly Lazy<ComplianceChecker> s_walkingTwice = new(WalkingTwice);

    [Fact]
    public void Bundled_rules_whose_evidence_filters_what_a_value_counts_take_it_from_the_count()
    {
        // The oracle is the text: a value written S.Count(p) beside evidence written S.Where(p), spaces aside. The
        // shapes are compared on the trees, so a rule the text misses would show here as one more shared.
        var expected = Bundled.Catalogue.Rules
            .Where(r => r.Evidence is not null)
            .ToDictionary(
                r => r.Id,
                r => Textual(r.Evidence!) is var (set, predicate)
                    ? r.Values.FirstOrDefault(v => Words(v.Expression) == $"{set}.Count({predicate})")?.Name
                    : null);

        var actual = Bundled.Catalogue.Compiled.Where(c => c.Definition.Evidence is not null).ToDictionary(c => c.Definition.Id, c => c.Evidence.Count);

        actual.Should().Equal(expected);
        actual.Values.Count(v => v is not null).Should().BeGreaterThan(60, "most bundled rules count what their evidence names");
    }

    [Fact]
    public void Evidence_from_the_count_is_what_the_filter_gives_for_every_rule_and_case()
    {
        // The same catalogue with every evidence filtered once more (….Where(r => true)), so that none is the count's
        // shape and each walks its records itself: every result must be the same, on every case of the bundled rule
        // tests and every sample.
        var twice = s_walkingTwice.Value;
        twice.Catalogue.Compiled.Should().OnlyContain(c => c.Evidence.Count == null, "no rewritten evidence has its count's shape");

        var checks = RuleCases.All.Select(c => (c.Name, Snapshot: c.Read(), c.AsOf))
            .Concat(Employers.Samples.Select(s => (Name: s.Enterprise.Id ?? "sample", Snapshot: s, Employers.AsOf)));
        var shared = 0;
        foreach (var (name, snapshot, asOf) in checks)
        {
            var once = Bundled.Checker.Check(snapshot, asOf).Results;
            var again = twice.Check(snapshot, asOf).Results;
            once.Select(Said).Should().Equal(again.Select(Said), name);
            shared += once.Count(r => r.Evidence.Count > 0 && Bundled.Catalogue.Compiled.Single(c => c.Definition == r.Rule).Evidence.Count is not null);
        }

        shared.Should().BeGreaterThan(100, "the cases name records as evidence through the count's walk");
    }

    /// <summary>What a result says, the rule's own text aside (the rewritten catalogue's evidence reads otherwise).</summary>
    private static string Said(RuleResult result) => string.Join(
        " | ",
        result.Rule.Id,
        result.Outcome,
        string.Join(",", result.Evidence.Select(e => $"{e.Kind}:{e.Id}")),
        string.Join(",", result.EvidenceUnavailable),
        string.Join(",", result.MissingFacts),
        string.Join(",", result.Values.Select(v => $"{v.Name}={v.Text}")),
        result.Message?.En,
        result.Reason?.En,
        result.Remedy?.En);

    private static (string Set, string Predicate)? Textual(string evidence)
    {
        var text = Words(evidence);
        var at = text.IndexOf(".Where(", StringComparison.Ordinal);
        return at > 0 && text.EndsWith(')') ? (text[..at], text[(at + ".Where(".Length)..^1]) : null;
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static ComplianceChecker WalkingTwice()
    {
        var folder = Repository.Path("rules");
        var files = new List<RuleFileSource>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.EndsWith(".txt", StringComparison.Ordinal))
            {
                files.Add(new RuleFileSource(relative, File.ReadAllText(path)));
            }
            else if (!relative.Contains('/') && relative.EndsWith(".yaml", StringComparison.Ordinal))
            {
                files.Add(new RuleFileSource(relative, FilteredAgain(File.ReadAllText(path))));
            }
        }

        var loaded = RuleCatalogue.Load(files);
        loaded.Diagnostics.Should().BeEmpty();
        return ComplianceChecker.Create(loaded.Catalogue!);
    }

    private static string FilteredAgain(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var rule in ((YamlSequenceNode)root.Children["rules"]).Children.Cast<YamlMappingNode>())
        {
            if (rule.Children.TryGetValue("evidence", out var node) && node is YamlScalarNode evidence)
            {
                evidence.Value = $"({evidence.Value}).Where(r => true)";
            }
        }

        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
