namespace ChinaLabour.Compliance.Checking;

/// <summary>How far a run of <see cref="ComplianceChecker.CheckManyAsync"/> has come, counted in input order.</summary>
/// <param name="Checked">Employers whose reports have been given so far.</param>
/// <param name="Violating">Of those, the employers with at least one <see cref="Outcome.Violated"/> result.</param>
/// <param name="Violations">The <see cref="Outcome.Violated"/> results of those reports, in all.</param>
/// <param name="Errors">The <see cref="Outcome.Error"/> results of those reports, in all: rules that failed at run time.</param>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public readonly record struct CheckManyProgress(int Checked, int Violating, int Violations, int Errors)
{
    /// <summary>The progress once <paramref name="report"/> is given too.</summary>
    internal CheckManyProgress After(CheckReport report)
    {
        var violations = report.Count(Outcome.Violated);
        return new(Checked + 1, Violating + (violations > 0 ? 1 : 0), Violations + violations, Errors + report.Count(Outcome.Error));
    }
}
