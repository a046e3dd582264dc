using System;
using System.IO;
using System.Linq;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Packages.Tests;

/// <summary>
/// Every C# block of a package's README, and of docs/integrating.md, is code that builds: one of the root README's blocks (compiled line for line by
/// tests/Compliance.Tests/Docs), or found line by line, in order, in a consumer program that these tests build and run.
/// </summary>
public sealed class PackageReadmeTests
{
    public static TheoryData<string> Readmes => new(PackageFeed.Ids.Select(id => $"src/{id}/README.md").Append("docs/integrating.md"));

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Every_csharp_block_is_built_somewhere(string readme)
    {
        var root = ReadmeBlocks.Of("README.md");
        var programs = new[] { "QuickStart", "WebApi", "Worker" }
            .Select(name => Lines(File.ReadAllText(Repository.Path("tests", "consumers", name, "Program.cs"))))
            .Append(Lines(ReadmeBlocks.Of("src", "ChinaLabour.Compliance.Reports", "README.md").Single()))
            .ToArray();

        var blocks = ReadmeBlocks.Of(readme.Split('/'));

        blocks.Should().NotBeEmpty($"{readme} shows how to use it");
        foreach (var block in blocks)
        {
            var lines = Lines(block);
            (root.Contains(block) || programs.Any(program => InOrder(lines, program)))
                .Should().BeTrue($"this block of {readme} should be one of the root README's or appear in a consumer under tests/consumers:\n{block}");
        }
    }

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static bool InOrder(string[] wanted, string[] program)
    {
        var at = 0;
        foreach (var line in program)
        {
            if (at < wanted.Length && string.Equals(line, wanted[at], StringComparison.Ordinal))
            {
                at++;
            }
        }

        return at == wanted.Length;
    }
}
