using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ChinaLabour.Compliance.Snapshots;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Compliance.Tests.Support;

/// <summary>The cases of the bundled rule tests (rules/tests), each with its snapshot as JSON that a test may change.</summary>
internal static class RuleCases
{
    private static readonly Lazy<IReadOnlyList<RuleCase>> s_all = new(Load);

    public static IReadOnlyList<RuleCase> All => s_all.Value;

    private static IReadOnlyList<RuleCase> Load()
    {
        var cases = new List<RuleCase>();
        foreach (var file in Directory.EnumerateFiles(Repository.Path("rules", "tests"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            foreach (var node in ((YamlSequenceNode)root.Children["cases"]).Children.Cast<YamlMappingNode>())
            {
                var name = ((YamlScalarNode)node.Children["name"]).Value!;
                var asOf = LocalDatePattern.Iso.Parse(((YamlScalarNode)node.Children["asOf"]).Value!).Value;
                var snapshot = YamlToJson.Convert(node.Children["snapshot"]).Node!.AsObject();
                var expected = ((YamlSequenceNode)node.Children["expect"]).Children.Cast<YamlMappingNode>()
                    .Select(e => (Rule: ((YamlScalarNode)e.Children["rule"]).Value!, Outcome: ((YamlScalarNode)e.Children["outcome"]).Value!))
                    .ToArray();
                cases.Add(new RuleCase($"{Path.GetFileName(file)}: {name}", asOf, snapshot, expected));
            }
        }

        return cases;
    }
}
