namespace ChinaLabour.Compliance.Catalogue;

/// <summary>
/// How a rule that limits a share is averaged over a period: the sum over the days of <see cref="Part"/> over the
/// sum of <see cref="Whole"/>, the average headcounts' ratio, as statistics average a workforce (月平均人数). Shown
/// beside the daily verdict, each month and over the whole period; it never changes what a day's check decided.
/// </summary>
/// <param name="Part">The named value counted in the share (e.g. <c>dispatched</c>).</param>
/// <param name="Whole">The named value it is a share of (e.g. <c>total</c>).</param>
/// <param name="Limit">The named value the share may not exceed (e.g. <c>limit</c>).</param>
/// <param name="Reading">How the rule reads the clause's silence or words on the period, for the lawyer.</param>
public sealed record AverageMeasure(string Part, string Whole, string Limit, string Reading);
