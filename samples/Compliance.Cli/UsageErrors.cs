using System.Collections.Generic;

namespace Compliance.Cli;

/// <summary>
/// The one-line messages for mistakes in what the user asked for, written once here and asserted on by the tests:
/// each names the option and the value given, says what was expected, and what to do. Each is a user's mistake,
/// answered with exit 2 (<see cref="ExitCodes.BadInput"/>), never a stack trace.
/// </summary>
internal static class UsageErrors
{
    public static string FolderForSnapshot(string value) =>
        $"error: '{value}' is a folder, and check reads one snapshot file; give a file, or run batch on the folder to check every employer in it";

    public static string NoSnapshot(string value) =>
        $"error: there is no file '{value}'; give the path of a snapshot file (.json or .yaml)";

    public static string NoWaivers(string value) =>
        $"error: --waivers '{value}': there is no such file; give the path of a waiver file (.yaml, docs/waivers.md)";

    public static string ParentMissing(string value, string parent) =>
        $"error: --out '{value}': the folder '{parent}' does not exist; create it first, or give a path inside a folder that exists";

    public static string FileForFolder(string value) =>
        $"error: --out '{value}' is a file, and batch writes a folder of outputs; give a folder (a new one is created) or remove the file";

    public static string FolderForFile(string value) =>
        $"error: --out '{value}' is a folder, and check writes one file; give a file name, such as '{System.IO.Path.Combine(value, "report.html")}'";

    public static string SameAsInput(string value) =>
        $"error: --out '{value}' is the input folder; give a folder of its own for the batch's outputs";

    public static string NotARunFolder(string value) =>
        $"error: --out '{value}' holds files but no manifest.json of an earlier batch, and batch replaces only its own outputs; give a new or empty folder";

    public static string Unwritable(string value, string reason) =>
        $"error: --out '{value}': cannot write there ({reason}); give a folder you can write to";

    /// <summary>Without the leading "error: ", which the command line adds to every parse error.</summary>
    public static string Parallel(string value) =>
        $"--parallel '{value}': expected a whole number of employers to check at once, 1 or more; give e.g. --parallel 4, or leave it out to use every core";

    /// <summary>Without the leading "error: ", which the command line adds to every parse error.</summary>
    public static string Limit(string option, string value, long max) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{option} '{value}': expected a whole number from 1 to {max:N0}, written in digits only; give e.g. {option} 100000, or leave it out for the default");

    public static string MatchesNothing(string option, string value, string suggestion) =>
        $"error: {option} '{value}' matches no rule of the catalogue{suggestion}; run 'rules list' to see the rules, their documents and duties";

    public static string EmptySelection() =>
        "error: --rule, --duty, --document and --severity together select no rule: each matches some, but no rule matches them all; drop one, or run 'rules list'";

    public static string SeveralFormatsNeedFolder(string formats) =>
        $"error: --format {formats} writes one file per format; give --out FOLDER (a new folder is created), where each is written as report.txt, report.json, report.html, report.sarif or junit.xml";

    public static string FileForFormats(string value) =>
        $"error: --out '{value}' is a file, and several --format values write a folder of files; give a folder (a new one is created)";

    public static string NoReport(string value) =>
        $"error: there is no file or folder '{value}'; give a JSON report (check --format json), a reports.jsonl, or a batch's --out folder";

    public static string NoReportsInFolder(string value) =>
        $"error: the folder '{value}' holds no {RunFolder.Reports}; give a batch's --out folder, a reports.jsonl, or a JSON report (check --format json)";

    public static string CataloguesDiffer(string oldHash, string newHash) =>
        $"error: the reports were made from different catalogue versions ({oldHash} and {newHash}), so a rule's outcome may have changed with the rules, not the employer; run both with the same rules, or give --compare-anyway to compare them and list the rules that changed";

    public static string CataloguesDifferWithin(string file, string firstHash, int line, string otherHash) =>
        $"error: {file}:{line}: catalogue {otherHash}, where the reports before it were made from {firstHash}; run the batch again with one catalogue, or give --compare-anyway to compare them and list the rules that changed";

    public static string EmployerTwice(string file, int line, string employer, int first) =>
        $"error: {file}:{line}: employer '{employer}' again (first at line {first}); give reports with one report per employer";

    public const string AsOfWithPeriod =
        "error: --as-of judges one day, --from and --to a period; give one or the other";

    public static string HalfPeriod(string missing) =>
        $"error: a period needs both --from and --to; {missing} is missing (or give --as-of to judge one day)";

    public static string PeriodFormat(string format, IEnumerable<string> formats) =>
        $"error: --format {format} reports one day; a period is reported as {string.Join(", ", formats)}";

    public static string PeriodBackwards(string from, string to) =>
        $"error: --to {to} is before --from {from}; a period runs forward";

    public static string Horizon(string value) =>
        $"error: --horizon must be a number of days, months or years, e.g. 90d, 6m or 1y; found '{value}'";

    public const string WaiversWithPeriod =
        "error: --waivers files the findings of one day's check; a period report shows every day's findings as decided, so give --as-of with --waivers, or leave --waivers out";

    public static string DayFormat(string format) =>
        $"error: --format {format} reports a period; give --from and --to, or a format for one day's check (text, json, html, sarif, junit)";
}
