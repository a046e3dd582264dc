using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Loading;
using YamlDotNet.RepresentationModel;

namespace Compliance.Benchmarks;

/// <summary>
/// Some rules of the bundled rule files, as shipped, with their source texts: the engine's side of a comparison with
/// rules written by hand, so that both sides decide the same rules.
/// </summary>
internal static class CatalogueSubset
{
    /// <summary>Loads the rules <paramref name="ruleIds"/> names from each bundled file (e.g. <c>jin-ren-she-ban-fa-2022-18</c>).</summary>
    public static RuleCatalogue Load(IReadOnlyDictionary<string, string[]> ruleIds)
    {
        var assembly = typeof(RuleCatalogue).Assembly;
        var files = new List<RuleFileSource>();
        foreach (var (file, ids) in ruleIds)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(Resource(assembly, $"rules/{file}.yaml")));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var rules = (YamlSequenceNode)root["rules"];
            foreach (var rule in rules.Children.Cast<YamlMappingNode>().Where(r => !ids.Contains(r["id"].ToString())).ToArray())
            {
                rules.Children.Remove(rule);
            }

            // The coverage matrix names clauses whose other rules are left out here, and the duties shared with other
            // documents name rules left out too.
            root.Children.Remove(new YamlScalarNode("coverage"));
            ((YamlMappingNode)root["document"]).Children.Remove(new YamlScalarNode("sharedDuties"));
            var writer = new StringWriter();
            stream.Save(writer, assignAnchors: false);
            files.Add(new RuleFileSource($"{file}.yaml", writer.ToString()));
            files.Add(new RuleFileSource($"sources/{file}.txt", Resource(assembly, $"rules/sources/{file}.txt")));
        }

        var result = RuleCatalogue.Load(files);
        return result.Catalogue ?? throw new InvalidDataException(string.Join("\n", result.Diagnostics));
    }

    private static string Resource(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
