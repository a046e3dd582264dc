using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Tests.Support;
using FluentAssertions;
using NodaTime;
using ReadmeExamples;
using Xunit;

namespace Compliance.Tests.Docs;

public sealed partial class ReadmeSnippetsTests
{
    private static readonly string[] s_readme = File.ReadAllLines(Repository.Path("README.md"));
    private static readonly string[] s_snippets = File.ReadAllLines(Repository.Path("tests", "Compliance.Tests", "Docs", "ReadmeSnippets.cs"));

    /// <summary>The README's C# blocks, each without its using lines, as trimmed lines.</summary>
    private static string[][] ReadmeBlocks()
    {
        var text = string.Join("\n", s_readme);
        return CodeBlock().Matches(text)
            .Select(m => m.Groups[1].Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToArray())
            .ToArray();
    }

    private static string[] Region(string name)
    {
        var start = Array.FindIndex(s_snippets, l => l.Trim() == "// begin " + name);
        var end = Array.FindIndex(s_snippets, l => l.Trim() == "// end " + name);
        return s_snippets[(start + 1)..end].Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
    }

    [Fact]
    public void Every_csharp_block_of_the_readme_is_compiled_here_line_for_line()
    {
        var blocks = ReadmeBlocks();

        blocks.Should().HaveCount(2);
        blocks[0].Should().Equal(Region("quick-start"));
        blocks[1].Should().Equal(Region("spreadsheets"));
    }

    [Fact]
    public void The_readme_blocks_name_every_namespace_the_compiled_code_uses()
    {
        static bool Ours(string line) => line.StartsWith("using Compliance", StringComparison.Ordinal) || line.StartsWith("using NodaTime", StringComparison.Ordinal);
        var readme = s_readme.Where(Ours).Distinct().ToArray();
        var compiled = s_snippets.Where(l => Ours(l) && l != "using Compliance.Tests.Support;").ToArray();

        readme.Should().BeEquivalentTo(compiled, "a reader who copies the README's blocks needs the same usings as the code that compiles here");
    }

    [Fact]
    public void The_snippets_run()
    {
        var json = File.ReadAllText(Repository.Path("samples", "data", "shuozhou-coal-mine.json"));

        string? report = null;
        ReadmeSnippets.QuickStart(json, r => report = r);
        report.Should().Contain("\"schema\": \"compliance-report/1\"");
        var act = () => ReadmeSnippets.Spreadsheets(Bundled.Checker, new LocalDate(2024, 6, 30), Repository.Path("samples", "tables"));
        act.Should().NotThrow();
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
