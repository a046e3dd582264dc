using System.CommandLine;
using System.IO;
using ChinaLabour.Compliance;

namespace Compliance.Cli;

/// <summary>Loads the catalogue a command works on: the bundled one, or a rule folder; prints every diagnostic.</summary>
internal static class CatalogueSource
{
    public static Option<DirectoryInfo?> RulesOption() => new("--rules") { Description = "Use the rule folder DIR instead of the bundled catalogue." };

    public static Option<DirectoryInfo?> AddRulesOption() => new("--add-rules") { Description = "Add the local rules of folder DIR to the bundled catalogue." };

    public static RuleCatalogue? Load(DirectoryInfo? folder, TextWriter stderr) => Load(folder, null, stderr);

    /// <summary>The bundled catalogue, or <paramref name="replace"/> instead of it, or <paramref name="add"/> beside it.</summary>
    public static RuleCatalogue? Load(DirectoryInfo? replace, DirectoryInfo? add, TextWriter stderr)
    {
        if (replace is not null && add is not null)
        {
            stderr.WriteLine("error: give --rules (instead of the bundled rules) or --add-rules (beside them), not both");
            return null;
        }

        var loaded = replace is not null ? RuleCatalogue.LoadFolder(replace.FullName)
            : add is not null ? RuleCatalogue.LoadBundledWith(add.FullName)
            : RuleCatalogue.LoadBundled();
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
