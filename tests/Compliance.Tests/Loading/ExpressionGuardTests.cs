using System.IO;
using System.Linq;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Loading;

/// <summary>Hostile rule files: each is refused at load, with a diagnostic naming the rule, and nothing in it runs.</summary>
public sealed class ExpressionGuardTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        // RulesEngine registers object's members through the input types: GetType() must still be refused.
        { "workers.First().GetType().Assembly.Location", "Object.GetType" },
        { "workers.Select(w => w.GetType().Name).Count()", "Object.GetType" },
        { "workers.Any(w => workers.Any(v => v.GetType() == w.GetType()))", "Object.GetType" },
        { "workforce.Total.GetType().Assembly.Location == \"\"", "Object.GetType" },
        { "DateTime.Now.Year", "DateTime" },
        { "asOf.ToString() == \"\"", "ToString" },
        { "'\"x\".PadLeft(1000000000).Length > 0'", "String.PadLeft" },
        { "Math.Pow(2, 64) > 0", "Math.Pow" },
        { "new (workforce.Total as t).t > 0", "construct 'New'" },
        { "workers.ToList().Count", "Enumerable.ToList" },
        { "workers.Count(w => workers.Count(a => workers.Count(b => workers.Count(c => true) > 0) > 0) > 0)", "lambdas more than 3 deep" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Expression_outside_the_allow_list_is_refused_at_load_naming_the_rule(string expression, string named)
    {
        var body = $$"""
                check: {{expression}}
                message: { violated: { zh: 测试, en: test }, compliant: { zh: 测试, en: test } }
            """;

        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.hostile", needs: "[workers, workforce]", body: body));

        var diagnostic = diagnostics.Should().ContainSingle().Which;
        diagnostic.RuleId.Should().Be("test.hostile");
        diagnostic.Position.Line.Should().Be(18, "the check is on line 18");
        diagnostic.Message.Should().Contain(named);
    }

    [Theory]
    [InlineData("System.IO.File.WriteAllText(\"{0}\", \"pwned\") == null")]
    [InlineData("Activator.CreateInstance(\"System.IO.FileInfo\", \"{0}\") != null")]
    [InlineData("Environment.SetEnvironmentVariable(\"PWNED\", \"{0}\") == null")]
    [InlineData("Type.GetType(\"System.IO.File\").GetMethod(\"WriteAllText\") != null")]
    public void Side_effects_never_run_because_the_rule_file_never_loads(string template)
    {
        var canary = Path.Combine(Path.GetTempPath(), $"compliance-canary-{System.Guid.NewGuid():N}");
        var body = $$"""
                check: {{string.Format(System.Globalization.CultureInfo.InvariantCulture, template, canary)}}
                message: { violated: { zh: 测试, en: test }, compliant: { zh: 测试, en: test } }
            """;

        var result = TestRules.LoadFile(TestRules.Header + TestRules.Rule("test.side-effect", body: body));

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().OnlyContain(d => d.RuleId == "test.side-effect");
        File.Exists(canary).Should().BeFalse();
        System.Environment.GetEnvironmentVariable("PWNED").Should().BeNull();
    }

    [Fact]
    public void Hostile_evidence_and_named_values_are_checked_too()
    {
        var body = """
                let:
                  where: workers.First().GetType().Assembly.Location
                check: workers.Count() == 0
                evidence: workers.Where(w => w.GetType().Name != "")
                message: { violated: { zh: 测试, en: test }, compliant: { zh: 测试, en: test } }
            """;

        var diagnostics = TestRules.Diagnostics(TestRules.Header + TestRules.Rule("test.hidden", needs: "[workers]", body: body));

        diagnostics.Select(d => (d.RuleId, d.Code)).Should().Equal(("test.hidden", "CR0303"), ("test.hidden", "CR0303"));
    }
}
