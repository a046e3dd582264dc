using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Reporting;
using Compliance.Tests.Support;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Compliance.Tests.Fuzzing;

/// <summary>
/// Rule files generated within the allow-list — deep, wide, text-heavy and format-heavy — either load, and then check
/// every sample employer to a report whose every rule has an outcome, the same bytes twice; or are refused with
/// diagnostics that each have a position. No exception, and no check that outlasts its step budget.
/// </summary>
public sealed class RuleFileFuzzTests
{
    // Malformed and unbounded formats, rarely, so that most files load and reach the checker.
    private static readonly Gen<string> s_badFormat = Gen.Elements(":D999999999", ":F99", ",12", ":Q", ":", ":yyyy-MM-dd");

    private static readonly Gen<string> s_ruleFile =
        from count in Gen.Choose(1, 3)
        from rules in Gen.ArrayOf(Rule(), count)
        select TestRules.Header + string.Concat(rules.Select((r, i) => r.Replace("{ID}", $"fuzz.r{i}", StringComparison.Ordinal)));

    [Fact]
    public void Generated_rule_files_load_and_check_or_are_refused_with_positions()
    {
        var seen = new SortedDictionary<string, int>(StringComparer.Ordinal);
        Fuzz.Check(Prop.ForAll(s_ruleFile.ToArbitrary(), text =>
        {
            var result = TestRules.LoadFile(text);
            if (!result.Success)
            {
                result.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Position.Line > 0 && d.Message.Length > 0, text);
                foreach (var code in result.Diagnostics.Select(d => d.Code).Distinct())
                {
                    seen[code] = seen.GetValueOrDefault(code) + 1;
                }

                return;
            }

            // A small budget: the property is that the budget ends every rule, and a small one ends them sooner.
            var checker = ComplianceChecker.Create(result.Catalogue!, new CheckerOptions { MaxStepsPerRule = 100_000 });
            foreach (var sample in Employers.Samples)
            {
                var started = Stopwatch.GetTimestamp();
                var report = checker.Check(sample, Employers.AsOf);
                Stopwatch.GetElapsedTime(started).Should().BeLessThan(TimeSpan.FromSeconds(20), "a hang, not a speed: the step budget must end every rule\n" + text);
                report.Results.Should().HaveCount(result.Catalogue!.Rules.Count);
                report.Results.Where(r => r.Outcome == ChinaLabour.Compliance.Checking.Outcome.Error).Should().NotContain(r => r.Reason == null, text);
                ReportJson.ToJson(report).Should().Be(ReportJson.ToJson(checker.Check(sample, Employers.AsOf)), "the same input gives the same bytes\n" + text);
                foreach (var outcome in report.Results.Select(r => r.Outcome.ToString()).Distinct())
                {
                    seen[outcome] = seen.GetValueOrDefault(outcome) + 1;
                }
            }
        }), cases: 60);

        // The generator must reach both paths, and rules that run to each outcome, or the property proves little.
        Console.WriteLine(string.Join(", ", seen.Select(p => $"{p.Key}: {p.Value}")));
        seen.Keys.Should().Contain(["Compliant", "Violated", "Error", "CR0302"]);
    }

    [Fact]
    public void Wide_expressions_load_or_are_refused_by_length()
    {
        var wide =
            from terms in Gen.Choose(1, 900)
            from op in Gen.Elements("&&", "||", "+")
            select op == "+"
                ? string.Join(" + ", Enumerable.Repeat("workforce.Total", terms)) + " >= 0"
                : string.Join($" {op} ", Enumerable.Repeat("workforce.Total > 0", terms));
        Fuzz.Check(Prop.ForAll(wide.ToArbitrary(), check =>
        {
            var result = TestRules.LoadFile(TestRules.Header + TestRules.Rule("fuzz.wide", body: $$"""
                    check: {{check}}
                    message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
                """));
            if (result.Success)
            {
                ComplianceChecker.Create(result.Catalogue!).Check(Employers.Samples[0], Employers.AsOf).Results.Should().ContainSingle();
            }
            else
            {
                result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("characters");
            }
        }), cases: 10);
    }

    internal static Gen<string> Rule() =>
        from lets in Gen.Choose(0, 3)
        from kinds in Gen.ArrayOf(Gen.Elements(Kind.Int, Kind.Number, Kind.Bool, Kind.Text, Kind.Date), lets)
        from values in Gen.CollectToArray(kinds, k => Gen.Sized(s => ExpressionGen.Of(k, s)))
        from check in Gen.Sized(s => ExpressionGen.Of(Kind.Bool, s))
        from formats in Gen.CollectToArray(kinds, k => Gen.Frequency((40, Gen.Elements(FormatsOf(k))), (1, s_badFormat)))
        from unless in Gen.Frequency((4, Gen.Constant<string?>(null)), (1, Gen.Sized(s => ExpressionGen.Of(Kind.Bool, s / 2)).Select(u => (string?)u)))
        select Render(values, check, formats, unless);

    // The formats each kind of value takes: every placeholder a rule author may write.
    private static string[] FormatsOf(Kind kind) => kind switch
    {
        Kind.Int => ["", ":D3", ":N0"],
        Kind.Number => ["", ":F2", ":P1", ":N0", ":0.00"],
        Kind.Date => ["", ":yyyy-MM-dd"],
        _ => [""],
    };

    private static string Render(string[] values, string check, string[] formats, string? unless)
    {
        var body = new StringBuilder();
        if (unless is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $$"""
                    applies:
                      unless: { when: {{Yaml(unless)}}, reason: { zh: 豁免, en: exempt } }

                """);
        }

        if (values.Length > 0)
        {
            body.Append("    let:\n");
            for (var i = 0; i < values.Length; i++)
            {
                body.Append(CultureInfo.InvariantCulture, $"      v{i}: {Yaml(values[i])}\n");
            }
        }

        var placeholders = string.Concat(values.Select((_, i) => $" {{v{i}{formats[i]}}}"));
        body.Append(CultureInfo.InvariantCulture, $"    check: {Yaml(check)}\n");
        body.Append(CultureInfo.InvariantCulture, $"    message: {{ violated: {{ zh: {Yaml("违反" + placeholders)}, en: {Yaml("broken" + placeholders)} }}, compliant: {{ zh: 符合, en: kept }} }}");
        return TestRules.Rule("{ID}", needs: "[enterprise, workforce, workers, posts]", body: body.ToString()) + "\n";
    }

    /// <summary>A YAML double-quoted scalar: the expression exactly, whatever quotes and backslashes it holds.</summary>
    private static string Yaml(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
