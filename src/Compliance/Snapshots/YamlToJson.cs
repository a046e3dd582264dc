using System;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Snapshots;

/// <summary>
/// Turns a YAML snapshot into the JSON model, so that YAML and JSON are read by one set of rules; plain
/// scalars that look like numbers, booleans or null become those, everything else stays text.
/// </summary>
internal static class YamlToJson
{
    public static (JsonNode? Node, YamlJsonMap Map) Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = new YamlJsonMap();
        if (stream.Documents.Count == 0)
        {
            return (null, map);
        }

        return (Convert(stream.Documents[0].RootNode, "$", map), map);
    }

    /// <summary>Converts one node of a larger YAML file, e.g. a snapshot inside a rule test.</summary>
    public static (JsonNode? Node, YamlJsonMap Map) Convert(YamlNode node)
    {
        var map = new YamlJsonMap();
        return (Convert(node, "$", map), map);
    }

    private static JsonNode? Convert(YamlNode node, string path, YamlJsonMap map)
    {
        map.Add(path, node.Start);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                    obj[name] = Convert(value, $"{path}.{name}", map);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                var i = 0;
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, $"{path}[{i++}]", map));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
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
