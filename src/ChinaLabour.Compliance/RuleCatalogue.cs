using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Loading;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance;

/// <summary>
/// A loaded and compiled set of rules with the documents they cite. Load it once; it is immutable and safe to
/// share across threads. Build checkers from it with <see cref="ComplianceChecker.Create"/>.
/// </summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class RuleCatalogue
{
    private const string BundledPrefix = "rules/";

    private RuleCatalogue(CompiledCatalogue compiled)
    {
        Documents = compiled.Documents;
        Compiled = compiled.Rules;
        Rules = compiled.Rules.Select(r => r.Definition).ToArray();
        ContentHash = compiled.ContentHash;
    }

    /// <summary>The documents the rules are drawn from, in file order.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The rules, in file order and, within a file, in the order written.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>SHA-256 of every loaded file's path and text, so that a report names exactly the rules it used.</summary>
    public string ContentHash { get; }

    internal IReadOnlyList<CompiledRule> Compiled { get; }

    /// <summary>Loads the catalogue that ships inside this package.</summary>
    /// <returns>The result; with the bundled rules it always succeeds unless the package is damaged.</returns>
    public static CatalogueLoadResult LoadBundled() => Load(BundledFiles(), "(bundled rules)");

    /// <summary>
    /// Loads the bundled catalogue together with the local rules under <paramref name="folder"/>, e.g. a province's
    /// or a company's own rules; the two must not share rule ids.
    /// </summary>
    /// <param name="folder">A rule folder, laid out like the bundled one (rule files with their source texts).</param>
    /// <returns>The combined catalogue, or every problem found; local files are named <c>local/…</c>.</returns>
    public static CatalogueLoadResult LoadBundledWith(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return Missing(folder);
        }

        var local = FolderFiles(folder).Select(f => f with { Path = "local/" + f.Path });
        return Load([.. BundledFiles(), .. local], "(bundled and local rules)");
    }

    /// <summary>
    /// Loads every rule file (<c>*.yaml</c>) under <paramref name="folder"/>, with the document texts
    /// (<c>*.txt</c>) their quotes are checked against.
    /// </summary>
    /// <param name="folder">The rule folder.</param>
    /// <returns>The catalogue, or every problem found, each with file, line, column and rule id.</returns>
    public static CatalogueLoadResult LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Directory.Exists(folder) ? Load(FolderFiles(folder), folder) : Missing(folder);
    }

    /// <summary>Loads a catalogue from files held in memory, e.g. rules kept in a database.</summary>
    /// <param name="files">The rule files and document texts, with paths relative to one rule folder.</param>
    /// <returns>The catalogue, or every problem found.</returns>
    public static CatalogueLoadResult Load(IEnumerable<RuleFileSource> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Load(files.ToArray(), "(rules)");
    }

    private static CatalogueLoadResult Load(IReadOnlyCollection<RuleFileSource> files, string label)
    {
        var (compiled, diagnostics) = CatalogueLoader.Load(files, label);
        return compiled is null ? CatalogueLoadResult.Failed(diagnostics) : CatalogueLoadResult.Loaded(new RuleCatalogue(compiled));
    }

    private static CatalogueLoadResult Missing(string folder) =>
        CatalogueLoadResult.Failed([new Diagnostic(new SourcePosition(folder, 1, 1), LoadMessages.NoRuleFiles, null, $"the rule folder '{folder}' does not exist")]);

    private static RuleFileSource[] FolderFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .Where(f => CatalogueLoader.IsRuleFile(f.Relative) || f.Relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Select(f => new RuleFileSource(f.Relative, File.ReadAllText(f.Full)))
            .ToArray();

    private static RuleFileSource[] BundledFiles()
    {
        var assembly = typeof(RuleCatalogue).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(BundledPrefix, StringComparison.Ordinal))
            .Select(n => new RuleFileSource(n[BundledPrefix.Length..].Replace('\\', '/'), ReadResource(assembly, n)))
            .ToArray();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
