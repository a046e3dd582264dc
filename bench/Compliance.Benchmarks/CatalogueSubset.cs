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
        var documents = new List<(string File, YamlStream Stream)>();
        foreach (var (file, ids) in ruleIds)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(Resource(assembly, $"rules/{file}.yaml")));
            var rules = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["rules"];
            foreach (var rule in rules.Children.Cast<YamlMappingNode>().Where(r => !ids.Contains(r["id"].ToString())).ToArray())
            {
                rules.Children.Remove(rule);
            }

            documents.Add((file, stream));
        }

        // A duty stays shared only where two of the rules loaded state it: the others' rules are left out.
        var duties = documents
            .SelectMany(d => Rules(d.Stream).Select(r => r.Children.TryGetValue(new YamlScalarNode("duty"), out var duty) ? duty.ToString() : null).OfType<string>())
            .GroupBy(duty => duty)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();
        var files = new List<RuleFileSource>();
        foreach (var (file, stream) in documents)
        {
            // The coverage matrix names clauses whose other rules are left out here.
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            root.Children.Remove(new YamlScalarNode("coverage"));
            var document = (YamlMappingNode)root["document"];
            if (document.Children.TryGetValue(new YamlScalarNode("sharedDuties"), out var shared))
            {
                var kept = ((YamlSequenceNode)shared).Children.Where(d => duties.Contains(d.ToString())).ToArray();
                document.Children.Remove(new YamlScalarNode("sharedDuties"));
                if (kept.Length > 0)
                {
                    document.Children.Add(new YamlScalarNode("sharedDuties"), new YamlSequenceNode(kept));
                }
            }

            var writer = new StringWriter();
            stream.Save(writer, assignAnchors: false);
            files.Add(new RuleFileSource($"{file}.yaml", writer.ToString()));
            files.Add(new RuleFileSource($"sources/{file}.txt", Resource(assembly, $"rules/sources/{file}.txt")));
        }

        var result = RuleCatalogue.Load(files);
        return result.Catalogue ?? throw new InvalidDataException(string.Join("\n", result.Diagnostics));
    }

    private static IEnumerable<YamlMappingNode> Rules(YamlStream stream) =>
        ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["rules"]).Children.Cast<YamlMappingNode>();

    private static string Resource(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
