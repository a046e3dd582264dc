using System.Globalization;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class SharedTextsTests
{
    [Fact]
    public void Each_text_keeps_the_number_it_was_first_added_with()
    {
        // Enough texts that some share a 32-bit hash (about five expected among 200,000), so the chains are walked too.
        var texts = new SharedTexts();
        var bytes = Enumerable.Range(0, 200_000).Select(i => Encoding.UTF8.GetBytes(i.ToString(CultureInfo.InvariantCulture) + "甲")).ToArray();
        for (var i = 0; i < bytes.Length; i++)
        {
            texts.Add(bytes[i]).Should().Be(i);
        }

        texts.Count.Should().Be(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            texts.IndexOf(bytes[i]).Should().Be(i);
            texts.Add(bytes[i]).Should().Be(i, "a text held is not added again");
        }

        texts.Count.Should().Be(bytes.Length);
        texts.IndexOf("not held"u8).Should().Be(-1);
        texts.IndexOf([]).Should().Be(-1);
        texts.Texts[7].Should().Equal(bytes[7]);
    }
}
