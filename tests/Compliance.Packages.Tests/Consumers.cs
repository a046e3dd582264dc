using System.Collections.Concurrent;
using System.Linq;

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

    public static Consumer Reports(PackageFeed feed) => s_built.GetOrAdd("Reports", name => Consumer.Build(feed, name, (file, text) =>
        file == "Program.cs" ? ReadmeBlocks.Of("src", "ChinaLabour.Compliance.Reports", "README.md").Single() : text));

    public static Consumer WebApi(PackageFeed feed) => s_built.GetOrAdd("WebApi", name => Consumer.Build(feed, name));

    public static Consumer Worker(PackageFeed feed) => s_built.GetOrAdd("Worker", name => Consumer.Build(feed, name));
}
