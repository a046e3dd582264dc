using System.Collections.Concurrent;

namespace Compliance.Packages.Tests;

/// <summary>Each consumer built once per run, whichever test asks first.</summary>
internal static class Consumers
{
    private static readonly ConcurrentDictionary<string, Consumer> s_built = new();

    public static Consumer QuickStart(PackageFeed feed) => s_built.GetOrAdd("QuickStart", name => Consumer.Build(feed, name, (file, text) =>
    {
        if (file != "Program.cs")
        {
            return text;
        }

        var (usings, statements) = ReadmeQuickStart.Read();
        return text.Replace("// README-USINGS", usings).Replace("// README-STATEMENTS", statements);
    }));
}
