using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Yaml;
using FluentAssertions;

namespace Compliance.Tests.Support;

/// <summary>Builds small rule files in memory, with a source text their quotes are checked against.</summary>
internal static class TestRules
{
    public const string SourceText = """
        测试文件
        第一条 用人单位应当遵守本规定。
        第二条 劳务派遣用工数量不得超过用工总量的10%。
        """;

    public const string Quote = "劳务派遣用工数量不得超过用工总量的10%";

    /// <summary>A document header; rules follow under 'rules:'.</summary>
    public const string Header = """
        document:
          number: 测试〔2024〕1号
          title: { zh: 测试文件, en: Test document }
          issuer: 测试机关
          issued: 2022-06-06
          jurisdiction: ["14"]
          source: sources/test.txt
        rules:
        """ + "\n";

    /// <summary>One well-formed rule; <paramref name="body"/> replaces the part after 'needs'.</summary>
    public static string Rule(string id, string needs = "[workforce]", string? body = null) => $$"""
          - id: {{id}}
            title: { zh: 测试规则, en: Test rule }
            reading: test reading
            citation:
              clause: 第二条
              quote: {{Quote}}
              en: Dispatched workers shall not exceed 10% of the total workforce.
            severity: major
            needs: {{needs}}
        {{body ?? DefaultBody}}
        """;

    public const string DefaultBody = """
            let:
              dispatched: workforce.Dispatched
              total: workforce.Total
            check: dispatched * 10 <= total
            message: { violated: { zh: "派遣 {dispatched} 人", en: "dispatched {dispatched}" }, compliant: { zh: "派遣 {dispatched} 人", en: "dispatched {dispatched}" } }
        """;

    public static CatalogueLoadResult Load(params (string Path, string Content)[] files) =>
        RuleCatalogue.Load(files.Select(f => new RuleFileSource(f.Path, f.Content)).Append(new RuleFileSource("sources/test.txt", SourceText)));

    public static CatalogueLoadResult LoadFile(string content) => Load(("test.yaml", content));

    public static RuleCatalogue Catalogue(string content)
    {
        var result = LoadFile(content);
        result.Diagnostics.Should().BeEmpty();
        return result.Catalogue!;
    }

    public static IReadOnlyList<Diagnostic> Diagnostics(string content)
    {
        var result = LoadFile(content);
        result.Success.Should().BeFalse("the rule file is broken, so no catalogue may be built");
        return result.Diagnostics;
    }
}
