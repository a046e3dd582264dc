using System;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class ComputedValuesTests
{
    [Fact]
    public void Each_value_is_made_when_first_read_and_equals_the_value_written_out()
    {
        var values = new ComputedValues(["ratio", "who"], [0.25m, new object?[] { "W1", "W2" }], 2);

        values.Count.Should().Be(2);
        values[0].Should().Be(new NamedValue("ratio", 0.25m, "0.25"));
        values[0].Should().BeSameAs(values[0], "a value once made is kept");
        values.Select(v => (v.Name, v.Text)).Should().Equal(("ratio", "0.25"), ("who", "W1, W2"));
        FluentActions.Invoking(() => values[2]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => values[-1]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Fewer_values_than_names_are_the_first_ones()
    {
        var values = new ComputedValues(["a", "b", "c"], [1, 2, null], 2);

        values.Select(v => (v.Name, v.Value)).Should().Equal(("a", (object?)1), ("b", (object?)2));
        FluentActions.Invoking(() => values[2]).Should().Throw<ArgumentOutOfRangeException>("the third was never computed");
    }

    [Fact]
    public void A_rule_that_fails_keeps_the_values_computed_before_the_fault_and_none_after()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.fault", body: """
                let:
                  total: workforce.Total
                  share: workforce.Total / (workforce.Dispatched - workforce.Dispatched)
                  after: 3
                check: true
                message: { violated: { zh: x, en: x }, compliant: { zh: x, en: x } }
            """));

        var result = ComplianceChecker.Create(catalogue).Check(Employers.Mine(labor: 90, dispatched: 10), Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(Outcome.Error);
        result.Reason!.En.Should().Contain("DivideByZeroException");
        result.Values.Select(v => (v.Name, v.Value, v.Text)).Should().Equal(("total", (object?)100, "100"));
    }

    [Fact]
    public void A_compliant_result_keeps_its_values_as_computed()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.ratio"));

        var result = ComplianceChecker.Create(catalogue).Check(Employers.Mine(labor: 95, dispatched: 5), Employers.AsOf).Results.Single();

        result.Outcome.Should().Be(Outcome.Compliant);
        result.Values.Should().Equal(new NamedValue("dispatched", 5, "5"), new NamedValue("total", 100, "100"));
    }
}
