using System.IO;
using Compliance.Catalogue;

namespace Compliance.Cli;

/// <summary>Loads the catalogue a command works on: the bundled one, or a rule folder; prints every diagnostic.</summary>
internal static class CatalogueSource
{
    public static RuleCatalogue? Load(DirectoryInfo? folder, TextWriter stderr)
    {
        var loaded = folder is null ? RuleCatalogue.LoadBundled() : RuleCatalogue.LoadFolder(folder.FullName);
        if (loaded.Success)
        {
            return loaded.Catalogue;
        }

        foreach (var diagnostic in loaded.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        stderr.WriteLine($"{loaded.Diagnostics.Count} problem(s) in the rules; nothing was checked.");
        return null;
    }
}
