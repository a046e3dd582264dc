using System.CommandLine;

namespace Compliance.Cli;

/// <summary>The options of a <see cref="RuleSelection"/>, shared by <c>check</c> and <c>batch</c>.</summary>
internal sealed class RuleSelectionOptions
{
    public RuleSelectionOptions() => Severity.AcceptOnlyFromAmong("minor", "major", "critical");

    public Option<string[]> Rule { get; } = new("--rule")
    {
        Description = "Report only this rule: an id, a prefix ending before a dot (jin-rsbf-2022-18), or a pattern with * and ? (jin-rsbf-2022-18.*). Repeatable.",
    };

    public Option<string[]> Duty { get; } = new("--duty")
    {
        Description = "Report only the rules of this duty (dispatch.ratio), or a pattern with * and ?. Repeatable.",
    };

    public Option<string[]> Document { get; } = new("--document")
    {
        Description = "Report only the rules of this document: its number (晋人社办发〔2022〕18号), its rule file's name (jin-ren-she-ban-fa-2022-18) or its rules' id prefix (jin-rsbf-2022-18). Repeatable.",
    };

    public Option<string[]> Severity { get; } = new("--severity")
    {
        Description = "Report only the rules of this severity: minor, major or critical. Repeatable.",
    };

    public Option[] All => [Rule, Duty, Document, Severity];
}
