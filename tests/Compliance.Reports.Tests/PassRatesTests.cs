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
    public void Null_arguments_are_refused()
    {
        FluentActions.Invoking(() => new PassRates(null!)).Should().Throw<ArgumentNullException>().WithParameterName("rules");
        var rates = new PassRates([]);
        FluentActions.Invoking(() => rates.Add(null!)).Should().Throw<ArgumentNullException>().WithParameterName("report");
        FluentActions.Invoking(() => rates.Write(null!)).Should().Throw<ArgumentNullException>().WithParameterName("output");
    }
}
