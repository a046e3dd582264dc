using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;

using ChinaLabour.Compliance.Reporting;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Yaml;
using NodaTime;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Testing;

/// <summary>One rule test case, as read from its file.</summary>
internal sealed class RuleTestCase
{
    private static readonly Dictionary<string, Outcome> s_outcomes =
        Enum.GetValues<Outcome>().ToDictionary(Names.Of, o => o, StringComparer.Ordinal);

    private static readonly Dictionary<string, NotApplicableReason> s_reasons =
        Enum.GetValues<NotApplicableReason>().ToDictionary(Names.Of, r => r, StringComparer.Ordinal);

    private readonly SourcePosition _position;
    private readonly string _name;
    private readonly LocalDate _asOf;
    private readonly SnapshotReadResult _snapshot;
    private readonly IReadOnlyList<Expectation> _expectations;

    private RuleTestCase(SourcePosition position, string name, LocalDate asOf, SnapshotReadResult snapshot, IReadOnlyList<Expectation> expectations)
    {
        _position = position;
        _name = name;
        _asOf = asOf;
        _snapshot = snapshot;
        _expectations = expectations;
    }

    public static RuleTestCase? Read(YamlMappingReader reader, string file)
    {
        var position = new SourcePosition(file, (int)reader.Start.Line, (int)reader.Start.Column);
        var name = reader.String("name", required: true);
        var asOf = reader.Date("asOf", required: true);
        var snapshotNode = reader.Node("snapshot", required: true);
        var expectations = new List<Expectation>();
        foreach (var node in reader.Sequence("expect", required: true))
        {
            if (reader.AsMapping(node, "expect", "an expectation") is not { } expect)
            {
                continue;
            }

            var rule = expect.String("rule", required: true);
            var outcome = expect.Enum("outcome", required: true, s_outcomes);
            var notApplicable = expect.Enum("notApplicable", required: false, s_reasons);
            var values = expect.Mapping("values", required: false, "'values'")?.Entries()
                .Select(e => (e.Key.Value!, (e.Value as YamlScalarNode)?.Value ?? string.Empty)).ToArray() ?? [];
            var evidence = expect.Node("evidence", required: false) is null ? null : expect.ScalarList("evidence", required: false).Select(s => s.Value!).ToArray();
            var missing = expect.Node("missing", required: false) is null ? null : expect.ScalarList("missing", required: false).Select(s => s.Value!).ToArray();
            expect.Finish();
            if (rule is not null && outcome is not null)
            {
                expectations.Add(new Expectation(rule, outcome.Value, notApplicable, values, evidence, missing));
            }
        }

        reader.Finish();
        if (name is null || asOf is null || snapshotNode is null)
        {
            return null;
        }

        return new RuleTestCase(position, name, asOf.Value, SnapshotReader.ReadYaml(snapshotNode, file), expectations);
    }

    public RuleTestCaseResult Run(ComplianceChecker checker)
    {
        if (!_snapshot.Success)
        {
            return new RuleTestCaseResult(_position, _name, [.. _snapshot.Errors.Select(e => $"the snapshot does not read: {e}")]) { Expected = Expected() };
        }

        var report = checker.Check(_snapshot.Snapshot, _asOf);
        var failures = new List<string>();
        foreach (var expected in _expectations)
        {
            var result = report.Results.FirstOrDefault(r => r.Rule.Id == expected.Rule);
            if (result is null)
            {
                failures.Add($"rule '{expected.Rule}' is not in the catalogue");
                continue;
            }

            expected.Compare(result, failures);
        }

        return new RuleTestCaseResult(_position, _name, failures) { Expected = Expected() };
    }

    private ExpectedOutcome[] Expected() => [.. _expectations.Select(e => new ExpectedOutcome(e.Rule, e.Outcome))];

    private sealed record Expectation(
        string Rule,
        Outcome Outcome,
        NotApplicableReason? NotApplicable,
        IReadOnlyList<(string Name, string Text)> Values,
        IReadOnlyList<string>? Evidence,
        IReadOnlyList<string>? Missing)
    {
        public void Compare(RuleResult result, List<string> failures)
        {
            var prefix = $"rule '{Rule}':";
            if (result.Outcome != Outcome)
            {
                var why = result.Reason?.En ?? result.Message?.En;
                var missing = result.MissingFacts.Count > 0 ? $"; missing {string.Join(", ", result.MissingFacts)}" : string.Empty;
                failures.Add($"{prefix} expected {Names.Of(Outcome)}, found {Names.Of(result.Outcome)}{(why is null ? string.Empty : $" ({why})")}{missing}");
                return;
            }

            if (NotApplicable is { } reason && result.NotApplicable != reason)
            {
                failures.Add($"{prefix} expected not applicable for {Names.Of(reason)}, found {(result.NotApplicable is { } r ? Names.Of(r) : "none")}");
            }

            foreach (var (name, text) in Values)
            {
                var actual = result.Values.FirstOrDefault(v => v.Name == name);
                if (actual is null)
                {
                    failures.Add($"{prefix} has no named value '{name}'");
                }
                else if (actual.Text != text)
                {
                    failures.Add($"{prefix} expected {name} = {text}, found {actual.Text}");
                }
            }

            if (Evidence is not null && !Evidence.Order(StringComparer.Ordinal).SequenceEqual(result.Evidence.Select(e => e.Id).Order(StringComparer.Ordinal)))
            {
                failures.Add($"{prefix} expected evidence [{string.Join(", ", Evidence)}], found [{string.Join(", ", result.Evidence.Select(e => e.Id))}]");
            }

            if (Missing is not null && !Missing.Order(StringComparer.Ordinal).SequenceEqual(result.MissingFacts))
            {
                failures.Add($"{prefix} expected missing [{string.Join(", ", Missing)}], found [{string.Join(", ", result.MissingFacts)}]");
            }
        }
    }
}
