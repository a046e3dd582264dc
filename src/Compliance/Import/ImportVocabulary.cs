using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Compliance.Import;

/// <summary>
/// The tables, headers and value words of a spreadsheet batch, read once from the embedded <c>tables.yaml</c>.
/// Immutable and shared: every import and the generated column reference read the same instance.
/// </summary>
internal sealed class ImportVocabulary
{
    private static readonly Lazy<ImportVocabulary> s_default = new(Load);

    private readonly Dictionary<string, bool> _booleans;
    private readonly HashSet<string> _none;
    private readonly Dictionary<string, Dictionary<string, string>> _enums;

    private ImportVocabulary(
        IReadOnlyList<TableSpec> tables,
        Dictionary<string, bool> booleans,
        Dictionary<string, Dictionary<string, string>> enums,
        IReadOnlyDictionary<string, IReadOnlyList<(string Value, IReadOnlyList<string> Words)>> enumWords,
        IReadOnlyList<(bool Value, IReadOnlyList<string> Words)> booleanWords,
        IReadOnlyList<string> noneWords)
    {
        NoneWords = noneWords;
        _none = noneWords.Select(Normalise).ToHashSet(StringComparer.Ordinal);
        Tables = tables;
        _booleans = booleans;
        _enums = enums;
        EnumWords = enumWords;
        BooleanWords = booleanWords;
    }

    /// <summary>The vocabulary shipped in the assembly.</summary>
    public static ImportVocabulary Default => s_default.Value;

    /// <summary>The tables, employers first, each parent table before the tables nested in it.</summary>
    public IReadOnlyList<TableSpec> Tables { get; }

    /// <summary>Each enum's values with the words that mean them, as the vocabulary lists them (for the docs).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Value, IReadOnlyList<string> Words)>> EnumWords { get; }

    /// <summary>The words for yes and for no (for the docs).</summary>
    public IReadOnlyList<(bool Value, IReadOnlyList<string> Words)> BooleanWords { get; }

    /// <summary>The words that say "none" in a <see cref="ValueKind.TextOrNone"/> column, first the one written.</summary>
    public IReadOnlyList<string> NoneWords { get; }

    /// <summary>Whether a word says "none".</summary>
    public bool IsNone(string word) => _none.Contains(Normalise(word));

    /// <summary>
    /// A header or name as it is compared: case, white space, underscores, hyphens and a trailing note in brackets
    /// (<c>上岗日期（yyyy-mm-dd）</c>) do not count.
    /// </summary>
    public static string Normalise(string text)
    {
        var cut = text.IndexOfAny(['(', '（']);
        var kept = cut > 0 ? text[..cut] : text;
        var builder = new StringBuilder(kept.Length);
        foreach (var c in kept.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c is not '_' and not '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The table a file or sheet of this name holds, if any.</summary>
    public TableSpec? FindTable(string name)
    {
        var key = Normalise(name);
        return Tables.FirstOrDefault(t => t.Names.Any(n => Normalise(n) == key));
    }

    /// <summary>The boolean a word means, if it is one of the vocabulary's words.</summary>
    public bool? Boolean(string word) => _booleans.TryGetValue(Normalise(word), out var value) ? value : null;

    /// <summary>The enum value (camelCase, as the snapshot writes it) a word means, if any.</summary>
    public string? EnumValue(string enumName, string word) =>
        _enums[enumName].TryGetValue(Normalise(word), out var value) ? value : null;

    /// <summary>The canonical values of an enum, for messages.</summary>
    public IEnumerable<string> EnumValues(string enumName) => EnumWords[enumName].Select(v => v.Value);

    private static ImportVocabulary Load()
    {
        using var stream = typeof(ImportVocabulary).Assembly.GetManifestResourceStream("import/tables.yaml")
            ?? throw new InvalidOperationException("the import vocabulary is not embedded in the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var booleanWords = new List<(bool, IReadOnlyList<string>)>();
        var booleans = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (key, words) in Mapping(root, "booleans"))
        {
            var value = bool.Parse(key);
            booleanWords.Add((value, words));
            foreach (var word in words)
            {
                Add(booleans, Normalise(word), value, "booleans");
            }
        }

        var enums = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var enumWords = new Dictionary<string, IReadOnlyList<(string, IReadOnlyList<string>)>>(StringComparer.Ordinal);
        foreach (var (name, node) in ((YamlMappingNode)root.Children["enums"]).Children)
        {
            var enumName = ((YamlScalarNode)name).Value!;
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var listed = new List<(string, IReadOnlyList<string>)>();
            foreach (var (value, words) in Mapping((YamlMappingNode)node))
            {
                listed.Add((value, words));
                Add(map, Normalise(value), value, enumName);
                foreach (var word in words)
                {
                    Add(map, Normalise(word), value, enumName);
                }
            }

            enums.Add(enumName, map);
            enumWords.Add(enumName, listed);
        }

        var tables = ReadTables((YamlSequenceNode)root.Children["tables"], enums);
        return new ImportVocabulary(tables, booleans, enums, enumWords, booleanWords, Words(root.Children["none"]));
    }

    private static List<TableSpec> ReadTables(YamlSequenceNode node, Dictionary<string, Dictionary<string, string>> enums)
    {
        var tables = new List<TableSpec>();
        ColumnSpec? employerKey = null;
        foreach (var entry in node.Children.Cast<YamlMappingNode>())
        {
            var name = Scalar(entry, "table");
            var path = Scalar(entry, "path");
            var columns = new List<ColumnSpec>();
            foreach (var (field, spec) in ((YamlMappingNode)entry.Children["columns"]).Children)
            {
                var fieldName = ((YamlScalarNode)field).Value!;
                var map = (YamlMappingNode)spec;
                var kindName = Scalar(map, "kind");
                var (kind, enumName) = Enum.TryParse<ValueKind>(kindName, ignoreCase: true, out var parsed) && parsed != ValueKind.Enum
                    ? (parsed, (string?)null)
                    : enums.ContainsKey(kindName) ? (ValueKind.Enum, kindName) : throw new InvalidOperationException($"tables.yaml: column {name}.{fieldName} has unknown kind '{kindName}'");
                var last = fieldName[(fieldName.LastIndexOf('.') + 1)..];
                var headers = new List<string> { fieldName };
                if (last != fieldName)
                {
                    headers.Add(last);
                }

                headers.AddRange(Words(map.Children["names"]));
                columns.Add(new ColumnSpec(fieldName, kind, enumName, headers));
            }

            var (collection, nested) = path == "$" ? (null, null) : path.Split('.') switch
            {
                [var one] => (one, (string?)null),
                [var parent, var child] => (parent, child),
                _ => throw new InvalidOperationException($"tables.yaml: table {name} has path '{path}', nested more than one level"),
            };

            if (collection is null)
            {
                // Other tables name their employer with the employers' identity column, under its other headers.
                var identity = columns.Single(c => c.IsIdentity);
                employerKey = new ColumnSpec("employerId", ValueKind.Text, null, identity.Headers.Where(h => h is not "enterprise.id" and not "id").ToArray());
                tables.Add(new TableSpec(name, [name, .. Words(entry.Children["names"])], null, null, columns, identity, null));
                continue;
            }

            var parentKey = nested is null ? null : ParentKey(tables, collection, name);
            tables.Add(new TableSpec(
                name,
                [name, .. Words(entry.Children["names"])],
                collection,
                nested,
                columns,
                employerKey ?? throw new InvalidOperationException("tables.yaml: the employers table must come first"),
                parentKey));
        }

        foreach (var table in tables)
        {
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in table.KeyColumns.Concat(table.ValueColumns))
            {
                foreach (var header in column.Headers)
                {
                    Add(seen, Normalise(header), column.Field, "headers of table " + table.Name);
                }
            }
        }

        return tables;
    }

    private static ColumnSpec ParentKey(List<TableSpec> tables, string collection, string table)
    {
        var parent = tables.FirstOrDefault(t => t.Collection == collection && t.Nested is null)
            ?? throw new InvalidOperationException($"tables.yaml: table {table} is nested in '{collection}', which no earlier table fills");
        var identity = parent.Columns.Single(c => c.IsIdentity);
        return new ColumnSpec(identity.Headers[1], ValueKind.Text, null, identity.Headers.Skip(1).ToArray());
    }

    private static IEnumerable<(string Key, IReadOnlyList<string> Words)> Mapping(YamlMappingNode root, string key) =>
        Mapping((YamlMappingNode)root.Children[key]);

    private static IEnumerable<(string Key, IReadOnlyList<string> Words)> Mapping(YamlMappingNode node) =>
        node.Children.Select(p => (((YamlScalarNode)p.Key).Value!, Words(p.Value)));

    private static IReadOnlyList<string> Words(YamlNode node) =>
        ((YamlSequenceNode)node).Children.Select(n => ((YamlScalarNode)n).Value!).ToArray();

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[key]).Value!;

    private static void Add<T>(Dictionary<string, T> map, string key, T value, string where)
    {
        if (map.TryGetValue(key, out var existing) && !EqualityComparer<T>.Default.Equals(existing, value))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"tables.yaml: '{key}' means both {existing} and {value} in {where}"));
        }

        map[key] = value;
    }
}
