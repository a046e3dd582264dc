using System.Collections.Generic;
using System.Linq;
using Compliance.Yaml;

namespace Compliance.Loading;

/// <summary>Every message the loader writes, in one place so that tests pin the same words authors read.</summary>
internal static class LoadMessages
{
    public const string NoRuleFiles = "CR0002";
    public const string DuplicateId = "CR0106";
    public const string BadId = "CR0107";
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

    public static string Uncited(string clause) =>
        $"the rule cites clause '{clause}', which the document's coverage does not list as encoded";

    public static string NoRules(string clause) => $"clause '{clause}' is 'encoded' but no rule cites it or is listed under 'rules'";

    public static string NoReason(string clause) => $"clause '{clause}' is not encoded, so it needs a one-line 'reason'";

    public static string DuplicateClause(string clause) => $"clause '{clause}' is listed twice in the coverage";

    public static string UnknownRule(string id) => $"coverage names rule '{id}', which no loaded rule file defines";

    public static string NoFiles(string folder) => $"no rule files (*.yaml) were found in '{folder}'";

    public static string RepeatedPath(string path) => $"the path '{path}' is given to the loader more than once; only the first file with it is read";

    public static string Duplicate(string id, SourcePosition first) => $"rule id '{id}' is already used at {first}";

    public static string Id(string id) =>
        $"rule id '{id}' must be lower-case words of letters, digits and '-', joined by '.', e.g. jin-rsbf-2022-18.dispatch.ratio";

    public static string Quote(string quote) =>
        $"the quote is not found in the document's text (white space removed, full-width forms folded): '{quote}'";

    public static string Source(string source) => $"the document's text '{source}' is not among the loaded files";

    public static string Fact(string name, IEnumerable<string> known) =>
        $"unknown fact '{name}'; known facts: {string.Join(", ", known)}";

    public static string ExpressionError(string what, string detail) => $"{what} does not compile: {detail}";

    // The parser failed inside itself rather than at a token: its own message names its internals, not the text.
    public static string ParserFailed(string what) =>
        $"{what} does not compile: the expression parser could not read it; write numbers in full (1e30m is not a decimal literal it reads) and check brackets and quotes";

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
