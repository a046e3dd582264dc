using System.Collections.Generic;
using System.Linq;

namespace Compliance.Loading;

/// <summary>Every message the loader writes, in one place so that tests pin the same words authors read.</summary>
internal static class LoadMessages
{
    public const string YamlSyntax = "CR0001";
    public const string NoRuleFiles = "CR0002";
    public const string UnknownKey = "CR0101";
    public const string MissingKey = "CR0102";
    public const string WrongShape = "CR0103";
    public const string BadDate = "CR0104";
    public const string BadValue = "CR0105";
    public const string DuplicateId = "CR0106";
    public const string BadId = "CR0107";
    public const string DuplicateKey = "CR0108";
    public const string CoverageUncited = "CR0401";
    public const string CoverageNoRules = "CR0402";
    public const string CoverageNoReason = "CR0403";
    public const string CoverageDuplicate = "CR0404";
    public const string CoverageUnknownRule = "CR0405";
    public const string QuoteNotFound = "CR0201";
    public const string SourceNotFound = "CR0202";
    public const string UnknownFact = "CR0301";
    public const string ExpressionSyntax = "CR0302";
    public const string ForbiddenMember = "CR0303";
    public const string WrongType = "CR0304";
    public const string BadTemplate = "CR0305";
    public const string TooDeep = "CR0306";

    public const string Unclosed = "the text ends inside a list, mapping or quote; look for an unclosed '[', '{' or quote";

    public static string Unexpected(string found) =>
        $"a value is missing: found '{found}' where a value was expected; look for stray characters after a quoted value or an alias";

    public static string TooDeepYaml(int max) =>
        $"lists and mappings are nested more than {max} deep; an alias that refers to itself or to its own parent nests without end";

    public static string TooManyAliased(int max) =>
        $"aliases repeat more than {max} values; write the values out instead of aliasing aliases";

    public static string Uncited(string clause) =>
        $"the rule cites clause '{clause}', which the document's coverage does not list as encoded";

    public static string NoRules(string clause) => $"clause '{clause}' is 'encoded' but no rule cites it or is listed under 'rules'";

    public static string NoReason(string clause) => $"clause '{clause}' is not encoded, so it needs a one-line 'reason'";

    public static string DuplicateClause(string clause) => $"clause '{clause}' is listed twice in the coverage";

    public static string UnknownRule(string id) => $"coverage names rule '{id}', which no loaded rule file defines";

    public static string Syntax(string detail) => $"the file is not valid YAML: {detail}";

    public static string NoFiles(string folder) => $"no rule files (*.yaml) were found in '{folder}'";

    public static string RepeatedPath(string path) => $"the path '{path}' is given to the loader more than once; only the first file with it is read";

    public static string Unknown(string key, IEnumerable<string> allowed) =>
        $"unknown key '{key}'; expected one of: {string.Join(", ", allowed)}";

    public static string Missing(string key, string where) => $"'{key}' is required in {where} but is missing";

    public static string Shape(string key, string expected, string found) => $"'{key}' must be {expected}, found {found}";

    public static string Date(string key, string found) =>
        $"'{key}' must be a date written yyyy-MM-dd, e.g. 2022-06-06; found '{found}'";

    public static string Value(string key, string found, IEnumerable<string> allowed) =>
        $"'{key}' must be one of {string.Join(", ", allowed)}; found '{found}'";

    public static string Duplicate(string id, SourcePosition first) => $"rule id '{id}' is already used at {first}";

    public static string DuplicateMappingKey(string key) => $"key '{key}' appears twice in the same mapping";

    public static string Id(string id) =>
        $"rule id '{id}' must be lower-case words of letters, digits and '-', joined by '.', e.g. jin-rsbf-2022-18.dispatch.ratio";

    public static string Quote(string quote) =>
        $"the quote is not found in the document's text (white space removed, NFKC-folded): '{quote}'";

    public static string Source(string source) => $"the document's text '{source}' is not among the loaded files";

    public static string Fact(string name, IEnumerable<string> known) =>
        $"unknown fact '{name}'; known facts: {string.Join(", ", known)}";

    public static string ExpressionError(string what, string detail) => $"{what} does not compile: {detail}";

    public static string Forbidden(string what, string member) =>
        $"{what} uses {member}, which rule expressions may not reach; they may read the facts, the named values and Fn helpers (docs/rule-expressions.md)";

    public static string Depth(string what, int max) => $"{what} nests lambdas more than {max} deep";

    public static string Brackets(string what, int max) => $"{what} nests brackets more than {max} deep; name the inner parts under 'let'";

    public static string Length(string what, int length, int max) =>
        $"{what} has {length} characters, more than {max}; name its parts under 'let'";

    public static string Type(string what, string expected, string found) => $"{what} must give {expected}, but gives {found}";

    public static string Template(string what, string detail) => $"{what}: {detail}";

    public static string UnknownPlaceholder(string name, IEnumerable<string> known) =>
        $"placeholder '{{{name}}}' names no value; named values: {(known.Any() ? string.Join(", ", known) : "(none)")}";
}
