using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Compliance.Tests.Support;

namespace Compliance.Packages.Tests;

/// <summary>The C# blocks of a Markdown file, as they are written.</summary>
internal static partial class ReadmeBlocks
{
    public static string[] Of(params string[] path) =>
        CodeBlock().Matches(File.ReadAllText(Repository.Path(path)).Replace("\r\n", "\n", System.StringComparison.Ordinal))
            .Select(m => m.Groups[1].Value)
            .ToArray();

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
