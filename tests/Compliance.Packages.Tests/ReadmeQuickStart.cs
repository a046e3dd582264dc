using System;
using System.IO;
using System.Linq;
using Compliance.Tests.Support;

namespace Compliance.Packages.Tests;

/// <summary>The C# block of the README's "Using the library" section, split into its using lines and its statements.</summary>
internal static class ReadmeQuickStart
{
    public static (string Usings, string Statements) Read()
    {
        var lines = File.ReadAllLines(Repository.Path("README.md"));
        var section = Array.FindIndex(lines, l => l == "## Using the library");
        var open = Array.FindIndex(lines, section, l => l == "```csharp");
        var close = Array.FindIndex(lines, open + 1, l => l == "```");
        if (section < 0 || open < 0 || close < 0)
        {
            throw new InvalidOperationException("README.md has no ```csharp block under \"## Using the library\"");
        }

        var block = lines[(open + 1)..close];
        var usings = block.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0);
        return (string.Join('\n', usings), string.Join('\n', block.SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0)));
    }
}
