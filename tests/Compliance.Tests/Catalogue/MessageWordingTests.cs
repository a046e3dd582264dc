using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Checking;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Catalogue;

/// <summary>
/// A compliant result is never worded as a breach. Every rule states what a violation says and what compliance says;
/// the compliant message of every rule, as written and as rendered for each compliant case of the rule tests, must not
/// read as a breach, and a violated case must carry the violated message.
/// </summary>
public sealed partial class MessageWordingTests
{
    /// <summary>Words that make a sentence about a duty read as its breach (未建立, 无…记录, "not", "none", …).</summary>
    private static readonly string[] s_chineseBreach = ["未", "无", "没有", "不得", "不足", "缺少", "违反", "违规", "超过", "超出", "逾期", "但"];

    [Fact]
    public void Every_rules_compliant_message_reads_as_compliance()
    {
        var breaches = Bundled.Catalogue.Compiled
            .SelectMany(rule => Breaches(rule.Definition.Id, rule.Compliant.Zh.Text, rule.Compliant.En.Text))
            .ToArray();

        breaches.Should().BeEmpty("a compliant result is shown with its compliant message, which must not read as a breach");
    }

    [Fact]
    public void Each_case_shows_the_message_of_its_outcome()
    {
        var problems = new List<string>();
        foreach (var testCase in RuleCases.All.Where(c => c.Compliant.Any() || c.Violated.Any()))
        {
            var report = Bundled.Checker.Check(testCase.Read(), testCase.AsOf);
            foreach (var result in report.Results.Where(r => r.Outcome is Outcome.Compliant or Outcome.Violated))
            {
                var compiled = Bundled.Catalogue.Compiled.Single(c => c.Definition.Id == result.Rule.Id);
                var template = result.Outcome == Outcome.Compliant ? compiled.Compliant : compiled.Violated;
                var named = result.Values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
                if (result.Message != template.Render(named))
                {
                    problems.Add($"{result.Rule.Id} in '{testCase.Name}': {result.Outcome} shows another message");
                }

                if (result.Outcome == Outcome.Compliant)
                {
                    problems.AddRange(Breaches(result.Rule.Id, result.Message!.Zh, result.Message.En).Select(b => $"{b} (rendered in '{testCase.Name}')"));
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Theory]
    [InlineData("安全生产管理机构未设置", "no safety management body", true)]
    [InlineData("检查日无一在保", "none in force on the check date", true)]
    [InlineData("劳务派遣用工 5 人，占用工总量 10.0%，上限 10%", "dispatched 5 of 50 (10.0%), limit 10%", false)]
    [InlineData("已建立全员安全生产责任制", "an all-staff responsibility system is in place", false)]
    public void The_breach_words_are_the_ones_a_reader_takes_for_a_breach(string zh, string en, bool breach)
    {
        Breaches("x", zh, en).Any().Should().Be(breach);
    }

    private static IEnumerable<string> Breaches(string rule, string zh, string en)
    {
        foreach (var word in s_chineseBreach.Where(w => zh.Contains(w, StringComparison.Ordinal)))
        {
            yield return $"{rule}: compliant message '{zh}' says '{word}'";
        }

        if (EnglishBreach().Match(en) is { Success: true } match)
        {
            yield return $"{rule}: compliant message '{en}' says '{match.Value}'";
        }
    }

    [GeneratedRegex(@"\b(no|not|none|never|without|lacks?|missing|fails?|exceeds?|over the|but|unreported|overdue)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishBreach();
}
