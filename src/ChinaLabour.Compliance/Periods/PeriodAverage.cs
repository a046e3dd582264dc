using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>
/// A rule's share averaged over a month or the whole period (<see cref="Catalogue.AverageMeasure"/>): the days on
/// which the rule was decided are counted; days on which it was not (facts missing, not yet in force) are not.
/// </summary>
/// <param name="Month">The month, or null for the whole period.</param>
/// <param name="Days">The days of the period in that month (all of it for the whole period).</param>
/// <param name="DaysCounted">How many of them the rule was decided on.</param>
/// <param name="Part">The average of the part over the days counted.</param>
/// <param name="Whole">The average of the whole over the days counted.</param>
/// <param name="Limit">The limit on the share, as the rule states it on the last day counted.</param>
public sealed record PeriodAverage(YearMonth? Month, DateInterval Days, int DaysCounted, decimal Part, decimal Whole, decimal Limit)
{
    /// <summary>The average part over the average whole; 0 when the whole is 0.</summary>
    public decimal Share => Whole == 0 ? 0 : Part / Whole;

    /// <summary>Whether the average share is above the limit.</summary>
    public bool Exceeds => DaysCounted > 0 && Share > Limit;
}
