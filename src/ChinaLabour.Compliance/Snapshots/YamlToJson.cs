using System;
using System.Globalization;
using System.Text.Json.Nodes;
using ChinaLabour.Compliance.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// Turns a YAML snapshot into the JSON model, so that YAML and JSON are read by one set of rules; plain
/// scalars that look like numbers, booleans or null become those, everything else stays text.
/// </summary>
internal static class YamlToJson
{
    public static (JsonNode? Node, YamlJsonMap Map) Convert(string yaml)
    {
        var stream = BoundedYamlParser.Load(yaml);
        if (stream.Documents.Count > 1)
        {
            // A second document would be read by nobody: the snapshot is one document, and what follows is not silently dropped.
            var second = stream.Documents[1].RootNode.Start;
            throw new YamlException(second, second, YamlMessages.SeveralDocuments(stream.Documents.Count));
        }

        return stream.Documents.Count == 0 ? (null, new YamlJsonMap()) : Convert(stream.Documents[0].RootNode);
    }

    /// <summary>Converts one node of a larger YAML file, e.g. a snapshot inside a rule test.</summary>
    public static (JsonNode? Node, YamlJsonMap Map) Convert(YamlNode root)
    {
        var map = new YamlJsonMap();
        return (Convert(root, "$", 0), map);

        JsonNode? Convert(YamlNode node, string path, int depth)
        {
            // An alias that names its own parent nests without end: refused here, with its position, rather than
            // left to exhaust the stack. How much aliases may repeat was bounded as the text was parsed.
            if (node is YamlMappingNode or YamlSequenceNode && ++depth > BoundedYamlParser.MaxDepth)
            {
                throw new YamlException(node.Start, node.End, YamlMessages.TooDeepYaml(BoundedYamlParser.MaxDepth));
            }

            map.Add(path, node.Start);
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var (key, value) in mapping.Children)
                    {
                        var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                        obj[name] = Convert(value, $"{path}.{name}", depth);
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    var array = new JsonArray();
                    var i = 0;
                    foreach (var item in sequence.Children)
                    {
                        array.Add(Convert(item, $"{path}[{i++}]", depth));
                    }

                    return array;
                case YamlScalarNode scalar:
                    return Scalar(scalar);
                default:
                    return null;
            }
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            // "0610" is an industry code, not 610: only text that round-trips is a number.
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                && whole.ToString(CultureInfo.InvariantCulture) == text => JsonValue.Create(whole),
            _ when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && text.Length > 0 && char.IsDigit(text[^1]) && (!text.StartsWith('0') || text.StartsWith("0.", StringComparison.Ordinal)) => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }
}
