using System.IO;
using System.Linq;
using System.Reflection;
using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Waivers;
using ChinaLabour.Compliance.Yaml;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Tests.Docs;

/// <summary>docs/rule-format.md lists every diagnostic code the loader can write, found by reflection so none is left out.</summary>
public sealed class DiagnosticCodeTableTests
{
    [Fact]
    public void Rule_format_lists_every_diagnostic_code()
    {
        var page = File.ReadAllText(Repository.Path("docs", "rule-format.md"));
        var codes = new[] { typeof(LoadMessages), typeof(YamlMessages), typeof(WaiverMessages) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.GetRawConstantValue() is string value && value.StartsWith("CR", System.StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Append("CR0501")
            .Distinct();

        codes.Where(c => !page.Contains($"| {c} |", System.StringComparison.Ordinal)).Should().BeEmpty();
    }
}
