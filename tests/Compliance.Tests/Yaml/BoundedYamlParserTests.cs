using System.Linq;
using ChinaLabour.Compliance.Yaml;
using FluentAssertions;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Tests.Yaml;

public sealed class BoundedYamlParserTests
{
    [Fact]
    public void Aliases_up_to_the_budget_are_read()
    {
        // Ten aliases of a 99,999-character scalar: exactly 1,000,000 characters and nodes repeated.
        var yaml = "big: &big " + new string('x', 99_999) + "\nuse: [" + string.Join(", ", Enumerable.Repeat("*big", 10)) + "]\n";

        var root = (YamlMappingNode)BoundedYamlParser.Load(yaml).Documents.Single().RootNode;

        ((YamlSequenceNode)root["use"]).Children.Should().HaveCount(10);
    }

    [Fact]
    public void One_character_past_the_budget_is_refused_at_the_alias()
    {
        var yaml = "big: &big " + new string('x', 99_999) + "\nuse: [" + string.Join(", ", Enumerable.Repeat("*big", 10)) + "]\nsmall: &small y\nlast: *small\n";

        var act = () => BoundedYamlParser.Load(yaml);

        act.Should().Throw<YamlException>().Where(e => e.Start.Line == 4 && e.Start.Column == 7
            && e.Message.StartsWith("aliases repeat more than 1,000,000 characters", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Aliased_mappings_count_what_they_hold()
    {
        // A mapping of two 300,000-character scalars, aliased twice: 1,200,012 repeated, refused at the second alias.
        var yaml = "m: &m { a: " + new string('a', 300_000) + ", b: " + new string('b', 300_000) + " }\nx: *m\ny: *m\n";

        var act = () => BoundedYamlParser.Load(yaml);

        act.Should().Throw<YamlException>().Where(e => e.Start.Line == 3 && e.Start.Column == 4);
    }
}
