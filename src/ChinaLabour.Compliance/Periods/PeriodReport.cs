using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Validation;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>
/// One employer's records judged over a period: every rule on every day, decided on the days on which an input
/// could change an outcome (<see cref="DaysChecked"/>) and carried over the days between.
/// </summary>
/// <param name="EnterpriseId">The employer's id.</param>
/// <param name="EnterpriseName">The employer's name, when given.</param>
/// <param name="Period">The days judged, first and last included.</param>
/// <param name="CatalogueHash">The content hash of the catalogue applied.</param>
/// <param name="Rules">One entry per rule, in catalogue order.</param>
/// <param name="DaysChecked">The days on which the rules were decided, the first day of the period first.</param>
/// <param name="Notices">What the records' own checks found (the same every day: they do not depend on the date).</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record PeriodReport(
    string EnterpriseId,
    string? EnterpriseName,
    DateInterval Period,
    string CatalogueHash,
    IReadOnlyList<RulePeriod> Rules,
    IReadOnlyList<LocalDate> DaysChecked,
    IReadOnlyList<Notice> Notices)
{
    /// <summary>The rules violated on at least one day, in catalogue order.</summary>
    public IEnumerable<RulePeriod> Violations => Rules.Where(r => r.Outcome == Outcome.Violated);
}
