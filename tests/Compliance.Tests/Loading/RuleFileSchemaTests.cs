using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Snapshots;
using Compliance.Tests.Support;
using FluentAssertions;
using NJsonSchema;
using Xunit;

namespace Compliance.Tests.Loading;

/// <summary>Keeps the JSON Schema that editors use in step with what the loader accepts.</summary>
public sealed class RuleFileSchemaTests
{
    private static readonly string s_rules = Path.Combine(AppContext.BaseDirectory, "rules");

    private static JsonObject Schema() => JsonNode.Parse(File.ReadAllText(Path.Combine(s_rules, "schema", "rule-file.schema.json")))!.AsObject();

    private static IEnumerable<string> Properties(JsonNode node) => node["properties"]!.AsObject().Select(p => p.Key);

    /// <summary>Where each mapping of a rule file is, in the schema, and how to put an unknown key into it.</summary>
    public static TheoryData<string, string> Levels => new()
    {
        { "top", "" },
        { "document", "document" },
        { "rule", "rule" },
        { "citation", "citation" },
        { "applies", "applies" },
        { "unless", "unless" },
        { "legalBasis", "legalBasis" },
        { "coverage", "coverage" },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Loader_accepts_exactly_the_keys_the_schema_lists(string level, string _)
    {
        var schema = Schema();
        var rule = schema["definitions"]!["rule"]!;
        var expected = level switch
        {
            "top" => Properties(schema),
            "document" => Properties(schema["properties"]!["document"]!),
            "rule" => Properties(rule),
            "citation" => Properties(rule["properties"]!["citation"]!),
            "applies" => Properties(rule["properties"]!["applies"]!),
            "unless" => Properties(rule["properties"]!["applies"]!["properties"]!["unless"]!),
            "coverage" => Properties(schema["properties"]!["coverage"]!["items"]!),
            _ => Properties(rule["properties"]!["legalBasis"]!["items"]!),
        };

        var file = WithUnknownKey(level);
        var message = TestRules.Diagnostics(file).Single(d => d.Code == "CR0101").Message;

        var accepted = message[(message.IndexOf("expected one of: ", StringComparison.Ordinal) + 17)..].Split(", ");
        accepted.Should().BeEquivalentTo(expected, "schema and loader must agree on the keys of '{0}'", level);
    }

    [Fact]
    public async Task Every_bundled_rule_file_validates_against_the_schema_and_names_it()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(s_rules, "schema", "rule-file.schema.json")));
        var files = Directory.EnumerateFiles(s_rules, "*.yaml").ToArray();
        files.Should().NotBeEmpty();

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            text.Should().StartWith("# yaml-language-server: $schema=./schema/rule-file.schema.json", file);
            var (json, _) = YamlToJson.Convert(text);
            schema.Validate(json!.ToJsonString()).Should().BeEmpty(file);
        }
    }

    [Fact]
    public async Task Schema_rejects_what_the_loader_rejects()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(s_rules, "schema", "rule-file.schema.json")));
        var (json, _) = YamlToJson.Convert(WithUnknownKey("rule"));

        var errors = schema.Validate(json!.ToJsonString());

        errors.Should().NotBeEmpty();
        string.Join("\n", errors.Select(e => e.ToString())).Should().Contain("zzz");
    }

    private static string WithUnknownKey(string level)
    {
        var rule = TestRules.Rule("test.keys", body: """
                applies:
                  unless:
                    when: dispatched < 0
                    reason: { zh: 无, en: none }
                legalBasis:
                  - { law: 法, article: 第一条, en: "Law, Article 1" }
                let:
                  dispatched: workforce.Dispatched
                check: dispatched >= 0
                message: { violated: { zh: 测试, en: test }, compliant: { zh: 测试, en: test } }
            """);
        var file = TestRules.Header + rule;
        return level switch
        {
            "top" => file + "\nzzz: 1\n",
            "coverage" => file + "\ncoverage:\n  - { clause: 第二条, status: encoded, zzz: 1 }\n",
            "document" => file.Replace("  issuer: 测试机关", "  issuer: 测试机关\n  zzz: 1", StringComparison.Ordinal),
            "rule" => file.Replace("    severity: major", "    severity: major\n    zzz: 1", StringComparison.Ordinal),
            "citation" => file.Replace("      clause: 第二条", "      clause: 第二条\n      zzz: 1", StringComparison.Ordinal),
            "applies" => file.Replace("    applies:", "    applies:\n      zzz: 1", StringComparison.Ordinal),
            "unless" => file.Replace("        when: dispatched < 0", "        when: dispatched < 0\n        zzz: 1", StringComparison.Ordinal),
            _ => file.Replace("{ law: 法,", "{ zzz: 1, law: 法,", StringComparison.Ordinal),
        };
    }
}
