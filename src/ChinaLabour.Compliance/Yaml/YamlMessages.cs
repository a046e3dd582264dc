using System.Collections.Generic;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Yaml;

/// <summary>The messages of the strict YAML reading every YAML input shares (rule files, rule tests, snapshots), with their diagnostic codes.</summary>
internal static class YamlMessages
{
    public const string YamlSyntax = "CR0001";
    public const string UnknownKey = "CR0101";
    public const string MissingKey = "CR0102";
    public const string WrongShape = "CR0103";
    public const string BadDate = "CR0104";
    public const string BadValue = "CR0105";
    public const string DuplicateKey = "CR0108";

    public const string Unclosed = "the text ends inside a list, mapping or quote; look for an unclosed '[', '{' or quote";

    public static string Unexpected(string found) =>
        $"a value is missing: found '{found}' where a value was expected; look for stray characters after a quoted value or an alias";

    public static string TooDeepYaml(int max) =>
        $"lists and mappings are nested more than {max} deep; an alias that refers to itself or to its own parent nests without end";

    public static string TooMuchAliased(long max) =>
        $"aliases repeat more than {max.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters of text; write the values out instead of aliasing large values or aliases of aliases";

    public static string Syntax(string detail) => $"the file is not valid YAML: {detail}";

    public static string SeveralDocuments(int count) =>
        $"the file holds {count} YAML documents (separated by '---'); it must hold one: split it into files, or remove the separator";

    public static string Unknown(string key, IReadOnlyCollection<string> allowed) => Nearest.Suggestion(key, allowed) is { Length: > 0 } guess
        ? $"unknown key '{key}'{guess} Expected one of: {string.Join(", ", allowed)}"
        : $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}";

    public static string Missing(string key, string where) => $"'{key}' is required in {where} but is missing";

    public static string Shape(string key, string expected, string found) => $"'{key}' must be {expected}, found {found}";

    public static string Date(string key, string found) =>
        $"'{key}' must be a date written yyyy-MM-dd, e.g. 2022-06-06; found '{found}'";

    public static string Value(string key, string found, IEnumerable<string> allowed) =>
        $"'{key}' must be one of {string.Join(", ", allowed)}; found '{found}'";

    public static string DuplicateMappingKey(string key) => $"key '{key}' appears twice in the same mapping";
}
