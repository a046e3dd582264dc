using System.IO;
using System.Linq;
using System.Reflection;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Loading;
using YamlDotNet.RepresentationModel;

namespace Compliance.Benchmarks;

/// <summary>
/// The four dispatch rules of 晋人社办发〔2022〕18号 二（五） that <see cref="HandWritten"/> also implements, taken
/// from the bundled rule file as shipped, so that both sides of the comparison do the same work.
/// </summary>
internal static class DispatchCatalogue
{
    public static readonly string[] RuleIds =
    [
        "jin-rsbf-2022-18.dispatch.ratio",
        "jin-rsbf-2022-18.dispatch.post-nature",
        "jin-rsbf-2022-18.dispatch.safety-post",
        "jin-rsbf-2022-18.dispatch.mine-underground",
    ];

    public static RuleCatalogue Load()
    {
        var assembly = typeof(RuleCatalogue).Assembly;
        var stream = new YamlStream();
        stream.Load(new StringReader(Resource(assembly, "rules/jin-ren-she-ban-fa-2022-18.yaml")));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var rules = (YamlSequenceNode)root["rules"];
        foreach (var rule in rules.Children.Cast<YamlMappingNode>().Where(r => !RuleIds.Contains(r["id"].ToString())).ToArray())
        {
            rules.Children.Remove(rule);
        }

        // The coverage matrix names clauses whose other rules are left out here.
        root.Children.Remove(new YamlScalarNode("coverage"));
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        var result = RuleCatalogue.Load(
        [
            new RuleFileSource("dispatch.yaml", writer.ToString()),
            new RuleFileSource("sources/jin-ren-she-ban-fa-2022-18.txt", Resource(assembly, "rules/sources/jin-ren-she-ban-fa-2022-18.txt")),
        ]);
        return result.Catalogue ?? throw new InvalidDataException(string.Join("\n", result.Diagnostics));
    }

    private static string Resource(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
