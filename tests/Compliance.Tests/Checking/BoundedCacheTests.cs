using System;
using ChinaLabour.Compliance.Checking;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class BoundedCacheTests
{
    [Fact]
    public void A_value_is_worked_out_once_per_key_until_the_bound_then_afresh_each_time()
    {
        var cache = new BoundedCache<string, string>(2, StringComparer.Ordinal);
        var made = 0;
        string Make(string key, int _)
        {
            made++;
            return key + "!";
        }

        cache.Get("a", 0, Make).Should().Be("a!");
        cache.Get("a", 0, Make).Should().Be("a!");
        cache.Get("b", 0, Make).Should().Be("b!");
        made.Should().Be(2, "a and b are kept");

        cache.Get("c", 0, Make).Should().Be("c!");
        cache.Get("c", 0, Make).Should().Be("c!");
        made.Should().Be(4, "past the bound, c is worked out each time it is asked for");
    }
}
