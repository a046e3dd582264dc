using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NJsonSchema;
using Xunit;

namespace Compliance.Tests.Waivers;

/// <summary>Keeps rules/schema/waivers.schema.json, which editors use, in step with what the waiver loader accepts.</summary>
public sealed class WaiverSchemaTests
{
    private static readonly string s_path = Repository.Path("rules", "schema", "waivers.schema.json");

    private const string OneWaiver = """
        waivers:
          - id: W-1
            rule: ldhtf-2012.dispatch.ratio
            employer: E1
            reason: r
            approver: a
            granted: 2024-01-01
            expires: 2024-12-31
        """;

    private static string AcceptedKeys(string text)
    {
        var message = WaiverSetLoadTests.Load(text).Diagnostics.Single(d => d.Code == "CR0101").Message;
        return message[(message.IndexOf("expected one of: ", StringComparison.Ordinal) + 17)..];
    }

    [Fact]
    public void Loader_accepts_exactly_the_keys_the_schema_lists()
    {
        var schema = JsonNode.Parse(File.ReadAllText(s_path))!;

        AcceptedKeys(OneWaiver + "\nzzz: 1\n").Split(", ").Should()
            .BeEquivalentTo(schema["properties"]!.AsObject().Select(p => p.Key));
        AcceptedKeys(OneWaiver + "\n    zzz: 1\n").Split(", ").Should()
            .BeEquivalentTo(schema["definitions"]!["waiver"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task The_sample_waiver_file_validates_against_the_schema_and_names_it()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(s_path));
        var text = File.ReadAllText(Repository.Path("samples", "waivers", "shuozhou.yaml"));

        text.Should().StartWith("# yaml-language-server: $schema=../../rules/schema/waivers.schema.json");
        schema.Validate(YamlToJson.Convert(text).Node!.ToJsonString()).Should().BeEmpty();
        WaiverSetLoadTests.Load(text).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public async Task Schema_rejects_what_the_loader_rejects()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(s_path));
        var both = OneWaiver + "\n    duty: dispatch.ratio\n";
        var unknown = OneWaiver + "\n    zzz: 1\n";

        schema.Validate(YamlToJson.Convert(both).Node!.ToJsonString()).Should().NotBeEmpty();
        schema.Validate(YamlToJson.Convert(unknown).Node!.ToJsonString()).Should().NotBeEmpty();
        WaiverSetLoadTests.Load(both).Success.Should().BeFalse();
        WaiverSetLoadTests.Load(unknown).Success.Should().BeFalse();
    }
}
