using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Checking;

/// <summary>Messages rendered once and shared say exactly what rendering them afresh says.</summary>
public sealed class MessageWriterTests
{
    private static readonly BilingualTemplate s_template = new(Template("{n} 名劳务派遣工，占 {ratio:P1}"), Template("{n} dispatched, {ratio:P1} of the workforce"));

    [Fact]
    public void The_same_template_and_values_share_one_text()
    {
        var first = MessageWriter.Render(s_template, [new NamedValue("n", 12, "12"), new NamedValue("ratio", 0.12, "0.12")]);
        var second = MessageWriter.Render(s_template, [new NamedValue("n", 12, "12"), new NamedValue("ratio", 0.12, "0.12")]);

        first.En.Should().Be("12 dispatched, 12.0% of the workforce");
        first.Zh.Should().Be("12 名劳务派遣工，占 12.0%");
        second.Should().BeSameAs(first);
    }

    [Fact]
    public void A_value_that_reads_alike_but_is_not_the_same_is_rendered_for_itself()
    {
        // The values' own texts agree, but the placeholder's format shows the difference.
        var rounded = MessageWriter.Render(s_template, [new NamedValue("n", 12, "12"), new NamedValue("ratio", 0.1234, "0.12")]);
        var exact = MessageWriter.Render(s_template, [new NamedValue("n", 12, "12"), new NamedValue("ratio", 0.12, "0.12")]);

        rounded.En.Should().Be("12 dispatched, 12.3% of the workforce");
        exact.En.Should().Be("12 dispatched, 12.0% of the workforce");
        new RenderKey(s_template, [new NamedValue("ratio", 0.1234, "0.12")]).Should().NotBe(new RenderKey(s_template, [new NamedValue("ratio", 0.12, "0.12")]));
    }

    [Fact]
    public void Lists_are_rendered_afresh_and_not_kept()
    {
        NamedValue[] values = [new NamedValue("n", new object?[] { "W1", "W2" }, "W1, W2"), new NamedValue("ratio", 0.5, "0.5")];

        new RenderKey(s_template, values).Keepable.Should().BeFalse();
        MessageWriter.Render(s_template, values).Should().NotBeSameAs(MessageWriter.Render(s_template, values));
        MessageWriter.Render(s_template, values).En.Should().Be("W1, W2 dispatched, 50.0% of the workforce");
    }

    private static MessageTemplate Template(string text) => MessageTemplate.Parse(text, out _)!;
}
