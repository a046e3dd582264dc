using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Yaml;
using NodaTime;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Every message the loader writes, in one place so that tests pin the same words authors read.</summary>
internal static class LoadMessages
{
    public const string NoRuleFiles = "CR0002";
    public const string DuplicateId = "CR0106";
    public const string BadId = "CR0107";
    public const string UndeclaredSharedDuty = "CR0110";
    public const string CoverageUncited = "CR0401";
    public const string CoverageNoRules = "CR0402";
    public const string CoverageNoReason = "CR0403";
    public const string CoverageDuplicate = "CR0404";
    public const string CoverageUnknownRule = "CR0405";
    public const string ImplausibleDate = "CR0109";
    public const string QuoteNotFound = "CR0201";
    public const string SourceNotFound = "CR0202";
    public const string QuoteOutsideClause = "CR0203";
    public const string ClauseNotInText = "CR0204";
    public const string ClauseNumbering = "CR0205";
    public const string CoverageMissingClause = "CR0406";
    public const string CoverageUnknownClause = "CR0407";
    public const string CoverageOrder = "CR0408";
    public const string UnknownFact = "CR0301";
    public const string ExpressionSyntax = "CR0302";
    public const string ForbiddenMember = "CR0303";
    public const string WrongType = "CR0304";
    public const string BadTemplate = "CR0305";
    public const string TooDeep = "CR0306";
    public const string BadAverage = "CR0307";

    public static string Uncited(string clause) =>
        $"the rule cites clause '{clause}', which the document's coverage does not list as encoded";

    public static string NoRules(string clause) => $"clause '{clause}' is 'encoded' but no rule cites it or is listed under 'rules'";

    public static string NoReason(string clause) => $"clause '{clause}' is not encoded, so it needs a one-line 'reason'";

    public static string DuplicateClause(string clause) => $"clause '{clause}' is listed twice in the coverage";

    public static string UnknownRule(string id) => $"coverage names rule '{id}', which no loaded rule file defines";

    public const string PatternOrList =
        "'clauses' needs either a 'pattern' that finds each clause heading in the text, or a 'list' of the clauses, not both";

    public const string NoClausesFound = "the clause numbering finds no clause in the document's text; check 'pattern' against the text";

    public static string BadPattern(string pattern, string detail) => $"'clauses.pattern' '{pattern}' is not a regular expression the loader runs: {detail}";

    public static string PatternTimeout(string pattern) => $"'clauses.pattern' '{pattern}' took too long on the document's text; write a simpler one";

    public static string HeadingNotFound(string clause, string at, string? previous) =>
        $"clause '{clause}': no line of the document's text starts with '{at}'{(previous is null ? string.Empty : $" after clause '{previous}'")}; set 'at' to the text its heading starts with";

    public static string QuoteInOtherClause(string clause, string? foundIn) => foundIn is null
        ? $"the quote is in the document's text, but not within clause '{clause}' (it runs across a clause heading); quote one clause"
        : $"the quote is in the document's text, but in clause '{foundIn}', not in the cited clause '{clause}'; cite '{foundIn}' or quote clause '{clause}'";

    public static string ClauseNotFound(string clause, IEnumerable<string> clauses) =>
        $"clause '{clause}' is not one the document's numbering finds in its text{Nearest(clause, clauses)}";

    public static string MissingClause(string clause) =>
        $"clause '{clause}' of the document's text is not in the coverage; list it, with its status (and a reason unless encoded)";

    public static string ClauseNotInDocument(string clause) =>
        $"coverage lists clause '{clause}', which the document's numbering does not find in its text";

    public static string OutOfOrder(string clause, string after) =>
        $"clause '{clause}' is listed after '{after}', but the document's text has it before; list the coverage in the document's order";

    private static string Nearest(string clause, IEnumerable<string> clauses)
    {
        var near = clauses.Where(c => c.Contains(clause, System.StringComparison.Ordinal) || clause.Contains(c, System.StringComparison.Ordinal)).Take(3).ToArray();
        return near.Length == 0 ? string.Empty : $"; did you mean {string.Join(" or ", near.Select(c => $"'{c}'"))}?";
    }

    public static string DidYouMean(string nearest) => $"; did you mean '{nearest}'?";

    public static string AddToNeeds(string fact) => $"; '{fact}' is a fact the rule does not list: add it to needs";

    public static string ToBeforeFrom(LocalDate to, LocalDate from) =>
        $"'to' {Iso(to)} is before the rule's first day in force {Iso(from)}; a rule in force for no day is a typo";

    public static string FromBeforeIssued(LocalDate from, LocalDate issued) =>
        $"'from' {Iso(from)} is before the document was issued ({Iso(issued)}); a document does not judge what came before it";

    public static string FarFuture(string key, LocalDate date, LocalDate issued, int years) =>
        $"'{key}' {Iso(date)} is more than {years} years after the document was issued ({Iso(issued)}); check the year";

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string SharedDuty(string duty, string other, SourcePosition at) =>
        $"duty '{duty}' is also the duty of rule '{other}' ({at}), so the two are reported as one finding; if they state the same obligation, list '{duty}' under document.sharedDuties, else give this rule its own duty";

    public static string UnsharedDuty(string duty) =>
        $"document.sharedDuties lists '{duty}', which no other rule's duty is; remove it";

    public static string NoFiles(string folder) => $"no rule files (*.yaml) were found in '{folder}'";

    public static string RepeatedPath(string path) => $"the path '{path}' is given to the loader more than once; only the first file with it is read";

    public static string Duplicate(string id, SourcePosition first) => $"rule id '{id}' is already used at {first}";

    public static string Id(string id) =>
        $"rule id '{id}' must be lower-case words of letters, digits and '-', joined by '.', e.g. jin-rsbf-2022-18.dispatch.ratio";

    public static string Quote(string quote, string? nearest = null) =>
        $"the quote is not found in the document's text (white space removed, full-width forms folded): '{quote}'"
        + (nearest is null ? string.Empty : $"; the nearest passage, with the characters that differ marked «thus», is '{nearest}'");

    public static string Source(string source) => $"the document's text '{source}' is not among the loaded files";

    public static string Fact(string name, IEnumerable<string> known) =>
        $"unknown fact '{name}'; known facts: {string.Join(", ", known)}";

    public static string ExpressionError(string what, string detail) => $"{what} does not compile: {detail}";

    // The parser failed inside itself rather than at a token: its own message names its internals, not the text.
    public static string ParserFailed(string what) =>
        $"{what} does not compile: the expression parser could not read it; write numbers in full (1e30m is not a decimal literal it reads) and check brackets and quotes";

    public const string CompilerRefused =
        "the expression compiler cannot compile its shape; compute the inner part as a named value under 'let' and use that";

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

    public static string AverageValue(string key, string name, IEnumerable<string> numbers) =>
        $"average.{key} names '{name}', which is not a named number of this rule; named numbers: {(numbers.Any() ? string.Join(", ", numbers) : "(none)")}";
}
