using System.Globalization;

namespace Compliance.Cli;

/// <summary>
/// What a batch did: every input employer accounted for, checked, rejected or not reached; <see cref="EmployersFailing"/>
/// counts those with a violation at or above the <c>--fail-on</c> severity.
/// </summary>
internal sealed record BatchSummary(int Files, int Checked, int Rejected, int NotChecked, int Violations, int EmployersInBreach, int EmployersFailing, string Output)
{
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Files} files: {Checked} checked ({EmployersInBreach} with violations, {Violations} violations in all), {Rejected} rejected, {NotChecked} not checked; reports in {Output}");
}
