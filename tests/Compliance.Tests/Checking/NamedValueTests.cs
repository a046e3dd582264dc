using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Checking;

public sealed class NamedValueTests
{
    [Fact]
    public void A_text_written_when_first_read_is_the_values_text()
    {
        var date = new LocalDate(2024, 6, 30);

        new NamedValue("ratio", 0.125).Text.Should().Be(ValueFormatter.Format(0.125));
        new NamedValue("due", date).Text.Should().Be("2024-06-30");
        new NamedValue("missing", null).Text.Should().Be(ValueFormatter.Format(null));
    }

    [Fact]
    public void Values_are_equal_whether_their_texts_were_read_or_given()
    {
        var unread = new NamedValue("count", 3);
        var read = new NamedValue("count", 3);
        _ = read.Text;
        var given = new NamedValue("count", 3, ValueFormatter.Format(3));

        unread.Should().Be(read).And.Be(given);
        unread.GetHashCode().Should().Be(given.GetHashCode());
        read.GetHashCode().Should().Be(given.GetHashCode());
    }

    [Fact]
    public void Values_differ_by_name_value_or_text()
    {
        var value = new NamedValue("count", 3);

        value.Should().NotBe(new NamedValue("total", 3));
        value.Should().NotBe(new NamedValue("count", 4));
        value.Should().NotBe(new NamedValue("count", 3, "three"), "a text given is compared as given");
        value.Should().NotBe(null);
        (value with { Text = "three" }).Should().Be(new NamedValue("count", 3, "three"));
    }
}
