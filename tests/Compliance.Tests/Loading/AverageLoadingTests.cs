using System.Linq;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Loading;

/// <summary>A rule's <c>average</c>: three named numbers of the rule, refused where it names anything else.</summary>
public sealed class AverageLoadingTests
{
    private const string Body = """
            let:
              dispatched: workforce.Dispatched
              total: workforce.Total
              limit: 0.10m
              label: '"share"'
            check: dispatched <= total * limit
            message: { violated: { zh: 违反, en: broken }, compliant: { zh: 符合, en: kept } }
            average:
              part: dispatched
              whole: {WHOLE}
              atMost: limit
              reading: averaged as headcounts
        """;

    [Fact]
    public void An_average_of_named_numbers_is_part_of_the_rule()
    {
        var catalogue = TestRules.Catalogue(TestRules.Header + TestRules.Rule("test.average", body: Body.Replace("{WHOLE}", "total")));
        var average = catalogue.Rules.Single().Average!;
        (average.Part, average.Whole, average.Limit, average.Reading).Should().Be(("dispatched", "total", "limit", "averaged as headcounts"));
    }

    [Theory]
    [InlineData("totl", "average.whole names 'totl', which is not a named number of this rule; named numbers: dispatched, limit, total")]
    [InlineData("label", "average.whole names 'label', which is not a named number of this rule; named numbers: dispatched, limit, total")]
    public void An_average_that_names_no_number_is_a_positioned_error(string whole, string message)
    {
        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.average", body: Body.Replace("{WHOLE}", whole)));
        diagnostics.Select(d => d.ToString()).Should().Equal($"test.yaml:27:14: error CR0307 [test.average]: {message}");
    }
}
