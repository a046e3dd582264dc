using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>The <c>explain</c> command, run in-process.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public void Explains_scope_values_check_records_and_remedy_of_a_violated_rule()
    {
        var (exit, output, _) = Cli.Run("explain", "jin-rsbf-2022-18.dispatch.ratio", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30");

        exit.Should().Be(1);
        output.Should().Contain("region    140602 朔州市朔城区 against 14")
            .And.Contain("agencyDispatched = 12    ← workforce.Dispatched")
            .And.Contain("dispatched       = 12    ← agencyDispatched + disguised")
            .And.Contain("ratio            = 0.12  ← Fn.Ratio(dispatched, total)")
            .And.Contain("Outcome   Violated")
            .And.Contain("worker W089, worker W090")
            .And.Contain("Remedy    at most 10 dispatched workers; convert at least 2 to labour contracts");
    }

    [Fact]
    public void Explains_in_chinese_with_region_and_industry_in_words()
    {
        var (exit, output, _) = Cli.Run("explain", "jin-rsbf-2022-18.dispatch.ratio", Cli.Sample("shuozhou-coal-mine.json"), "--as-of", "2024-06-30", "--lang", "zh");

        exit.Should().Be(1);
        output.Should().StartWith("jin-rsbf-2022-18.dispatch.ratio: 劳务派遣用工数量不得超过用工总量的10%")
            .And.Contain("1. 适用范围").And.Contain("3. 命名值")
            .And.Contain("地区      140602 朔州市朔城区 对照 14")
            .And.Contain("行业      0610 烟煤和无烟煤开采洗选 对照 所有行业")
            .And.Contain("结果      违反")
            .And.Contain("数据      劳务派遣用工 12 人，占用工总量 100 人的 12.0%，上限 10%")
            .And.Contain("人员 W089, 人员 W090")
            .And.Contain("整改      劳务派遣用工至多 10 人；至少将 2 人转为劳动合同用工")
            .And.NotContain("Applicability").And.NotContain("Outcome");
    }

    [Fact]
    public void Explains_why_a_rule_does_not_apply()
    {
        var (exit, output, _) = Cli.Run("explain", "jin-rsbf-2022-18.dispatch.ratio", Cli.Sample("other-province.json"), "--as-of", "2024-06-30");

        exit.Should().Be(0);
        output.Should().Contain("Outcome   Not applicable: region 110105 is outside the rule's regions (14)");
    }

    [Fact]
    public void Explains_a_local_rule_added_beside_the_bundled_ones()
    {
        var local = System.IO.Path.GetFullPath(System.IO.Path.Combine(Cli.Samples, "..", "..", "..", "..", "..", "..", "docs", "examples", "new-document"));

        var (exit, output, _) = Cli.Run("explain", "example-2025-1.dispatch.ratio", Cli.Sample("other-province.json"), "--as-of", "2025-06-30", "--add-rules", local);

        exit.Should().Be(0);
        output.Should().Contain("Outcome   Not applicable: region 110105 is outside the rule's regions (65)");
    }

    [Fact]
    public void Names_each_missing_fact_of_an_indeterminate_rule()
    {
        var (exit, output, _) = Cli.Run("explain", "jin-rsbf-2022-18.dispatch.ratio", Cli.Sample("too-little-data.json"), "--as-of", "2024-06-30");

        exit.Should().Be(0);
        output.Should().Contain("missing   headcount").And.Contain("missing   workers").And.Contain("Outcome   Indeterminate");
    }

    [Fact]
    public void Unknown_rule_exits_2()
    {
        var (exit, _, error) = Cli.Run("explain", "no.such.rule", Cli.Sample("too-little-data.json"));

        exit.Should().Be(2);
        error.Should().Contain("no rule 'no.such.rule'");
    }
}
