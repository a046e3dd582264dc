using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;

namespace Compliance.Cli;

/// <summary><c>--fail-on</c>: the least severity of violation that makes the exit code 1.</summary>
internal static class FailOn
{
    public static Option<string> Option()
    {
        var option = new Option<string>("--fail-on")
        {
            Description = "Exit 1 only for violations of this severity or graver: minor, major or critical.",
            DefaultValueFactory = _ => "minor",
        };
        option.AcceptOnlyFromAmong("minor", "major", "critical");
        return option;
    }

    public static Severity Parse(string? text) => text switch
    {
        "critical" => Severity.Critical,
        "major" => Severity.Major,
        _ => Severity.Minor,
    };

    public static bool Fails(CheckReport report, Severity threshold) => Fails(report.Violations, threshold);

    /// <summary>Whether any of <paramref name="violations"/> (a filing's open ones, when waivers were given) reaches <paramref name="threshold"/>.</summary>
    public static bool Fails(IEnumerable<RuleResult> violations, Severity threshold) => violations.Any(v => v.Rule.Severity >= threshold);
}
