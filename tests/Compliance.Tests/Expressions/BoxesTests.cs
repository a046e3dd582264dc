using System.Linq;
using ChinaLabour.Compliance.Expressions;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Expressions;

/// <summary>Flags and small counts come in shared boxes, equal to the values they hold, from the helper and from compiled rules.</summary>
public sealed class BoxesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(255)]
    public void A_small_count_has_one_box(int count)
    {
        Boxes.Of(count).Should().BeSameAs(Boxes.Of(count)).And.Be(count);
    }

    [Theory]
    [InlineData(256)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Any_other_count_is_boxed_as_usual(int count)
    {
        Boxes.Of(count).Should().Be(count).And.NotBeSameAs(Boxes.Of(count));
    }

    [Fact]
    public void Each_flag_has_one_box()
    {
        Boxes.Of(true).Should().Be(true).And.BeSameAs(Boxes.Of(true));
        Boxes.Of(false).Should().Be(false).And.BeSameAs(Boxes.Of(false));
    }

    [Fact]
    public void The_catalogues_flags_and_small_counts_are_shared_between_checks()
    {
        var mine = Employers.Mine(labor: 88, dispatched: 12);

        var first = Bundled.Checker.Check(mine, Employers.AsOf);
        var second = Bundled.Checker.Check(mine, Employers.AsOf);

        var pairs = first.Results.Zip(second.Results).SelectMany(r => r.First.Values.Zip(r.Second.Values)).ToArray();
        var shared = pairs.Where(p => p.First.Value is bool || p.First.Value is int and >= 0 and < 256).ToArray();
        shared.Should().NotBeEmpty("the test needs rules whose values are flags or counts");
        shared.Should().OnlyContain(p => ReferenceEquals(p.First.Value, p.Second.Value));
        pairs.Should().OnlyContain(p => Equals(p.First.Value, p.Second.Value) || p.First.Value is object[]);
    }
}
