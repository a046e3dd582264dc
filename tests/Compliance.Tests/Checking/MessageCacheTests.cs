using ChinaLabour.Compliance.Checking;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class MessageCacheTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(1000)]
    public void The_count_of_missing_facts_reads_as_written_afresh(int count) =>
        MessageCache.Missing(count).Should().Be(CheckMessages.Missing(count));
}
