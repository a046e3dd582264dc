using System;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Reports;
using Compliance.Reports.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class PassRatesTests
{
    [Fact]
    public void The_mine_fails_the_dispatch_ratio_clause_and_the_compliant_employer_passes_it()
    {
        var rates = new PassRates(Samples.Catalogue.Rules);
        rates.Add(Samples.Shuozhou);
        rates.Add(Samples.Compliant);
        using var output = new StringWriter();

        rates.Write(output);

        var lines = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("document,clause,rules,passed,failed,undecided,notApplicable,passRate");
        var ratio = lines.Select(l => l.Split(',')).Single(r => r[0] == "中华人民共和国劳动合同法" && r[1] == "第六十六条");
        ratio[4].Should().Be("1", "the Shuozhou mine breaks the national ratio");
        lines.Skip(1).Select(l => l.Split(',')).Should().OnlyContain(r => r.Skip(3).Take(4).Sum(int.Parse) == 2, "each employer is counted once per row");
    }

    [Fact]
    public void A_report_whose_rules_come_in_another_order_is_counted_as_the_same_results_in_order()
    {
        // The rows are remembered by a result's position while the rule there stays the same: a report of another
        // order must still count each result under its own rule's rows.
        var shuozhou = Samples.Shuozhou;
        var inOrder = new PassRates(Samples.Catalogue.Rules);
        var reversed = new PassRates(Samples.Catalogue.Rules);

        inOrder.Add(shuozhou);
        inOrder.Add(shuozhou);
        reversed.Add(shuozhou);
        reversed.Add(shuozhou with { Results = [.. shuozhou.Results.Reverse()] });

        Table(reversed).Should().Be(Table(inOrder));
    }

    [Fact]
    public void A_report_of_fewer_rules_after_a_whole_one_adds_only_its_own_results()
    {
        var whole = Samples.Shuozhou;
        var fewer = whole with { Results = [.. whole.Results.Skip(3).Where((_, i) => i % 2 == 0)] };
        var wholeAlone = new PassRates(Samples.Catalogue.Rules);
        var fewerAlone = new PassRates(Samples.Catalogue.Rules);
        var both = new PassRates(Samples.Catalogue.Rules);

        wholeAlone.Add(whole);
        fewerAlone.Add(fewer);
        both.Add(whole);
        both.Add(fewer);

        var expected = Counts(wholeAlone).ToDictionary(p => p.Key, p => p.Value.Zip(Counts(fewerAlone)[p.Key], (a, b) => a + b).ToArray());
        Counts(both).Should().BeEquivalentTo(expected);
        Counts(fewerAlone).Values.Sum(c => c.Sum()).Should().BeLessThan(Counts(wholeAlone).Values.Sum(c => c.Sum()), "some rows have no rule in the smaller report");
    }

    /// <summary>Each row's passed, failed, undecided and not-applicable counts, by document and clause.</summary>
    private static System.Collections.Generic.Dictionary<string, int[]> Counts(PassRates rates) =>
        Table(rates).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0] + "|" + cells[1], cells => cells.Skip(3).Take(4).Select(int.Parse).ToArray());

    private static string Table(PassRates rates)
    {
        using var output = new StringWriter();
        rates.Write(output);
        return output.ToString();
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        FluentActions.Invoking(() => new PassRates(null!)).Should().Throw<ArgumentNullException>().WithParameterName("rules");
        var rates = new PassRates([]);
        FluentActions.Invoking(() => rates.Add(null!)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => rates.Write(null!)).Should().Throw<ArgumentNullException>().WithParameterName("output");
    }
}
