using System.Collections.Generic;
using System.Globalization;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Yaml;
using NodaTime;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>Every message the waiver loader writes beyond the shared YAML ones, with its code (docs/waivers.md lists them).</summary>
internal static class WaiverMessages
{
    public const string UnknownRule = "CR0601";
    public const string UnknownDuty = "CR0602";
    public const string UnknownEmployer = "CR0603";
    public const string DuplicateId = "CR0604";
    public const string ExpiresBeforeGranted = "CR0605";
    public const string RuleOrDuty = "CR0606";

    public const string Shape = "a mapping with 'waivers', a list of waivers";

    public static string Rule(string id, IEnumerable<string> known) =>
        $"waiver names rule '{id}', which the catalogue does not hold{Suggest(id, known)}";

    public static string Duty(string duty, IEnumerable<string> known) =>
        $"waiver names duty '{duty}', which no rule of the catalogue states{Suggest(duty, known)}";

    public static string Employer(string id, IEnumerable<string> known) =>
        $"waiver names employer '{id}', which is not among the employers checked{Suggest(id, known)}";

    public static string Duplicate(string id, SourcePosition first) => $"waiver id '{id}' is already used at {first}";

    public static string Expiry(LocalDate expires, LocalDate granted) =>
        $"'expires' {Iso(expires)} is before 'granted' {Iso(granted)}; a waiver in force for no day is a typo";

    public const string NeitherOrBoth = "a waiver names either a 'rule' or a 'duty', exactly one of them";

    // One name, the nearest: a waiver names one rule, and three near ids of one document read as noise.
    private static string Suggest(string wanted, IEnumerable<string> known) =>
        Nearest.One(wanted, known) is { } one ? $"; did you mean '{one}'?" : string.Empty;

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
