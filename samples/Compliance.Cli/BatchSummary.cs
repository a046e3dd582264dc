using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Spreadsheets;

namespace Compliance.Cli;

/// <summary>
/// What a batch did: every input employer accounted for, checked, rejected or not reached; <see cref="EmployersFailing"/>
/// counts those with a violation at or above the <c>--fail-on</c> severity, <see cref="Problems"/> the rows of
/// rejected.csv (<see cref="ProblemsByKind"/> by consequence, <see cref="OtherProblems"/> of them outside any employer), <see cref="Outcomes"/> the rule results of
/// the employers checked by outcome (in <see cref="ChinaLabour.Compliance.Checking.Outcome"/>'s order), and <see cref="Interrupted"/>
/// whether a Ctrl-C or TERM had arrived by the time the outputs were written.
/// </summary>
internal sealed record BatchSummary(
    int Total, string Unit, int Checked, int Rejected, int NotChecked, int Violations, int EmployersInBreach, int EmployersFailing,
    int Problems, IReadOnlyList<int> ProblemsByKind, int OtherProblems, int Pages, IReadOnlyList<int> Outcomes, bool Interrupted, string Output)
{
    /// <summary>The exit code, by the precedence <see cref="ExitCodes"/> gives.</summary>
    public int ExitCode =>
        Interrupted ? ExitCodes.Interrupted
        : Checked == 0 ? ExitCodes.BadInput
        : EmployersFailing > 0 ? ExitCodes.Violations
        : Problems > 0 || NotChecked > 0 ? ExitCodes.Partial
        : ExitCodes.Clean;

    /// <summary>The totals the batch's page shows.</summary>
    public BatchTotals Totals() => new(Total, Checked, Rejected, NotChecked, Violations, EmployersInBreach, Problems, FromFiles: Unit == "files");

    /// <summary>
    /// The closing line on the terminal. Input problems are named by kind: a batch whose rows had bad dates or unknown
    /// employers rejected no employer, and "0 rejected" alone would read as a clean input.
    /// </summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Total} {Unit}: {Checked} checked ({EmployersInBreach} with violations, {Violations} violations in all), {Rejected} rejected, {NotChecked} not checked{ProblemsText()}; reports in {Output}");

    private string ProblemsText()
    {
        if (Problems == 0)
        {
            return string.Empty;
        }

        var kinds = Enum.GetValues<ImportConsequence>()
            .Where(k => ProblemsByKind[(int)k] > 0)
            .Select(k => string.Create(CultureInfo.InvariantCulture, $"{ProblemsByKind[(int)k]} {English(Consequences.Of(k))}"));
        var outside = OtherProblems > 0 ? string.Create(CultureInfo.InvariantCulture, $", {OtherProblems} outside any employer") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"; {Problems} input problem(s) in rejected.csv: {string.Join(", ", kinds)}{outside}");
    }

    /// <summary>The English half of a bilingual label: the Chinese half, before the first space, has no space in it.</summary>
    private static string English(string label) => label[(label.IndexOf(' ', StringComparison.Ordinal) + 1)..];
}
