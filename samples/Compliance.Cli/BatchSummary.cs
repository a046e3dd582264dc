using System.Globalization;

namespace Compliance.Cli;

/// <summary>
/// What a batch did: every input employer accounted for, checked, rejected or not reached; <see cref="EmployersFailing"/>
/// counts those with a violation at or above the <c>--fail-on</c> severity.
/// </summary>
internal sealed record BatchSummary(int Total, string Unit, int Checked, int Rejected, int NotChecked, int Violations, int EmployersInBreach, int EmployersFailing, int OtherProblems, string Output)
{
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Total} {Unit}: {Checked} checked ({EmployersInBreach} with violations, {Violations} violations in all), {Rejected} rejected, {NotChecked} not checked{(OtherProblems > 0 ? $"; {OtherProblems} problem(s) outside any employer, in rejected.csv" : string.Empty)}; reports in {Output}");
}
