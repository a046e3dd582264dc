using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Yaml;

/// <summary>
/// Reads one YAML mapping strictly: every key it is asked for is marked as known, and <see cref="Finish"/>
/// reports the rest as unknown, each at its own position.
/// </summary>
internal sealed class YamlMappingReader
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;
    private readonly string? _ruleId;
    private readonly string _where;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly List<string> _known = [];

    public YamlMappingReader(YamlMappingNode node, DiagnosticBag diagnostics, string? ruleId, string where)
    {
        _node = node;
        _diagnostics = diagnostics;
        _ruleId = ruleId;
        _where = where;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode scalar || scalar.Value is null)
            {
                _diagnostics.Add(key.Start, YamlMessages.WrongShape, ruleId, YamlMessages.Shape("key", "a plain word", key.NodeType.ToString()));
                continue;
            }

            if (!_entries.TryAdd(scalar.Value, (scalar, value)))
            {
                _diagnostics.Add(key.Start, YamlMessages.DuplicateKey, ruleId, YamlMessages.DuplicateMappingKey(scalar.Value));
            }
        }
    }

    public Mark Start => _node.Start;

    /// <summary>Where <paramref name="key"/>'s value is written, without reading it; null when it is absent.</summary>
    public Mark? StartOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value.Start : null;

    public YamlNode? Node(string key, bool required)
    {
        _known.Add(key);
        if (_entries.TryGetValue(key, out var entry) && !IsNull(entry.Value))
        {
            return entry.Value;
        }

        if (required)
        {
            _diagnostics.Add(_node.Start, YamlMessages.MissingKey, _ruleId, YamlMessages.Missing(key, _where));
        }

        return null;
    }

    public YamlScalarNode? Scalar(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar;
        }

        _diagnostics.Add(node.Start, YamlMessages.WrongShape, _ruleId, YamlMessages.Shape(key, "a text", Describe(node)));
        return null;
    }

    public string? String(string key, bool required) => Scalar(key, required)?.Value?.Trim();

    public LocalDate? Date(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar?.Value is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(scalar.Value.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        _diagnostics.Add(scalar.Start, YamlMessages.BadDate, _ruleId, YamlMessages.Date(key, scalar.Value));
        return null;
    }

    /// <summary>
    /// Reads a date that may be written <c>none</c> (an end that is not set). Not given: <c>(false, null)</c>;
    /// <c>none</c>: <c>(true, null)</c>; a date: <c>(true, date)</c>.
    /// </summary>
    public (bool Given, LocalDate? Date) DateOrNone(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar?.Value is null)
        {
            return (false, null);
        }

        var text = scalar.Value.Trim();
        if (text == "none")
        {
            return (true, null);
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return (true, parsed.Value);
        }

        _diagnostics.Add(scalar.Start, YamlMessages.BadDate, _ruleId, YamlMessages.Date(key, scalar.Value) + " or none");
        return (false, null);
    }

    /// <summary>Reads an enumeration value written in lower case, or by the names given.</summary>
    public TEnum? Enum<TEnum>(string key, bool required, IReadOnlyDictionary<string, TEnum>? byName = null)
        where TEnum : struct, System.Enum
    {
        var scalar = Scalar(key, required);
        if (scalar?.Value is null)
        {
            return null;
        }

        byName ??= System.Enum.GetValues<TEnum>().ToDictionary(v => v.ToString().ToLowerInvariant(), v => v, StringComparer.Ordinal);
        var names = byName.Keys.ToArray();
        var text = scalar.Value.Trim();
        if (byName.TryGetValue(text, out var value))
        {
            return value;
        }

        _diagnostics.Add(scalar.Start, YamlMessages.BadValue, _ruleId, YamlMessages.Value(key, text, names));
        return null;
    }

    public YamlMappingReader? Mapping(string key, bool required, string where)
    {
        var node = Node(key, required);
        return node is null ? null : AsMapping(node, key, where);
    }

    public YamlMappingReader? AsMapping(YamlNode node, string key, string where)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMappingReader(mapping, _diagnostics, _ruleId, where);
        }

        _diagnostics.Add(node.Start, YamlMessages.WrongShape, _ruleId, YamlMessages.Shape(key, "a mapping of keys to values", Describe(node)));
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.ToArray();
        }

        _diagnostics.Add(node.Start, YamlMessages.WrongShape, _ruleId, YamlMessages.Shape(key, "a list", Describe(node)));
        return [];
    }

    public IReadOnlyList<YamlScalarNode> ScalarList(string key, bool required)
    {
        var result = new List<YamlScalarNode>();
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                result.Add(scalar);
            }
            else
            {
                _diagnostics.Add(item.Start, YamlMessages.WrongShape, _ruleId, YamlMessages.Shape(key, "a list of texts", Describe(item)));
            }
        }

        return result;
    }

    /// <summary>The entries of a mapping in file order, for mappings whose keys are names the author chooses.</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Entries() =>
        _entries.Values.OrderBy(e => e.Key.Start.Index).ToArray();

    public void Finish()
    {
        foreach (var (name, entry) in _entries.OrderBy(e => e.Value.Key.Start.Index))
        {
            if (!_known.Contains(name, StringComparer.Ordinal))
            {
                _diagnostics.Add(entry.Key.Start, YamlMessages.UnknownKey, _ruleId, YamlMessages.Unknown(name, _known));
            }
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var v } when string.IsNullOrWhiteSpace(v) => "nothing",
        YamlScalarNode { Value: var v } => string.Create(CultureInfo.InvariantCulture, $"'{v}'"),
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
