using System.Collections.Generic;
using System.Globalization;

namespace Compliance.Cli;

/// <summary>
/// What a batch did: every input employer accounted for, checked, rejected or not reached; <see cref="EmployersFailing"/>
/// counts those with a violation at or above the <c>--fail-on</c> severity, <see cref="Problems"/> the rows of
/// rejected.csv (<see cref="OtherProblems"/> of them outside any employer), <see cref="Outcomes"/> the rule results of
/// the employers checked by outcome (in <see cref="Compliance.Checking.Outcome"/>'s order), and <see cref="Interrupted"/>
/// whether a Ctrl-C or TERM had arrived by the time the outputs were written.
/// </summary>
internal sealed record BatchSummary(
    int Total, string Unit, int Checked, int Rejected, int NotChecked, int Violations, int EmployersInBreach, int EmployersFailing,
    int Problems, int OtherProblems, int Pages, IReadOnlyList<int> Outcomes, bool Interrupted, string Output)
{
    /// <summary>The exit code, by the precedence <see cref="ExitCodes"/> gives.</summary>
    public int ExitCode =>
        Interrupted ? ExitCodes.Interrupted
        : Checked == 0 ? ExitCodes.BadInput
        : EmployersFailing > 0 ? ExitCodes.Violations
        : Problems > 0 || NotChecked > 0 ? ExitCodes.Partial
        : ExitCodes.Clean;

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Total} {Unit}: {Checked} checked ({EmployersInBreach} with violations, {Violations} violations in all), {Rejected} rejected, {NotChecked} not checked{(OtherProblems > 0 ? $"; {OtherProblems} problem(s) outside any employer, in rejected.csv" : string.Empty)}; reports in {Output}");
}
