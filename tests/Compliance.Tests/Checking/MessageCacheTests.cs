using System.Collections.Generic;
using ChinaLabour.Compliance.Checking;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class MessageCacheTests
{
    [Fact]
    public void Lists_that_read_alike_share_a_text_and_the_text_is_the_one_written()
    {
        List<string> one = ["14"], other = ["14"];

        var first = MessageCache.For(one, "110101", CheckMessages.OtherRegion);
        var second = MessageCache.For(other, "110101", CheckMessages.OtherRegion);

        first.Should().Be(CheckMessages.OtherRegion("110101", one));
        second.Should().BeSameAs(first, "the second list reads as the first");
    }

    [Fact]
    public void A_region_and_an_industry_of_the_same_list_and_code_keep_their_own_words()
    {
        List<string> scope = ["14"];

        var region = MessageCache.For(scope, "1499", CheckMessages.OtherRegion);
        var industry = MessageCache.For(scope, "1499", CheckMessages.OtherIndustry);

        region.Should().Be(CheckMessages.OtherRegion("1499", scope));
        industry.Should().Be(CheckMessages.OtherIndustry("1499", scope));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(1000)]
    public void The_count_of_missing_facts_reads_as_written_afresh(int count) =>
        MessageCache.Missing(count).Should().Be(CheckMessages.Missing(count));
}
