using Compliance.Benchmarks;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Benchmarks;

/// <summary>
/// Each benchmark that sets the catalogue against rules written by hand throws in its setup unless both decide every
/// rule alike with the same evidence on the Shuozhou sample: run here, so that the ratios in docs/benchmarks.md stay
/// a comparison of the same decisions.
/// </summary>
public sealed class BaselineTests
{
    [Fact]
    public void A_third_of_the_catalogue_by_hand_decides_as_the_catalogue_does()
    {
        var benchmark = new SubsetBenchmarks();

        benchmark.Setup();

        benchmark.Catalogue().Results.Should().HaveCount(48);
    }

    [Fact]
    public void The_four_dispatch_rules_by_hand_decide_as_the_catalogue_does()
    {
        var benchmark = new CheckBenchmarks();

        benchmark.Setup();

        benchmark.Catalogue().Results.Should().HaveCount(4);
    }
}
