using System.Collections.Generic;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// Headcounts by employment form on the as-of date (<c>workforce</c>), counted from the roster when there is one,
/// else taken from the snapshot's headcount totals.
/// </summary>
internal sealed class WorkforceFact
{
    private readonly int? _laborContract;
    private readonly int? _dispatched;
    private readonly int? _outsourced;
    private readonly int? _flexible;
    private readonly int? _partTime;
    private readonly int? _outsourcedDirected;
    private readonly string _source;
    private readonly IReadOnlyList<string> _directedGaps;
    private readonly IReadOnlyList<string> _sources;
    private readonly EvaluationContext _context;

    /// <param name="counts">The counts by form; a null count is not given.</param>
    /// <param name="source">Where a count that is not given would come from, for the missing-fact path: <c>headcount</c> or <c>workforce</c>.</param>
    /// <param name="context">The check's evaluation.</param>
    /// <param name="directedGaps">For a roster, the outsourced workers whose <c>directedByEmployer</c> is not given.</param>
    /// <param name="sources">For a roster, the facts the counts rest on (each counted worker's form), recorded as read.</param>
    internal WorkforceFact(
        WorkforceCounts counts, string source, EvaluationContext context, IReadOnlyList<string>? directedGaps = null, IReadOnlyList<string>? sources = null)
    {
        _directedGaps = directedGaps ?? [];
        _sources = sources ?? [];
        _laborContract = counts.LaborContract;
        _dispatched = counts.Dispatched;
        _outsourced = counts.Outsourced;
        _flexible = counts.Flexible;
        _partTime = counts.PartTime;
        _outsourcedDirected = counts.OutsourcedDirected;
        _source = source;
        _context = context;
    }

    /// <summary>Employees under labour contracts.</summary>
    public int LaborContract => Read("laborContract", _laborContract);

    /// <summary>Dispatched workers.</summary>
    public int Dispatched => Read("dispatched", _dispatched);

    /// <summary>Outsourced workers.</summary>
    public int Outsourced => Read("outsourced", _outsourced);

    /// <summary>Flexible workers.</summary>
    public int Flexible => Read("flexible", _flexible);

    /// <summary>Part-time workers (非全日制用工), under labour contracts that may be oral (劳动合同法 第六十九条).</summary>
    public int PartTime => Read("partTime", _partTime);

    /// <summary>
    /// Outsourced workers whose daily work the employer directs in its own posts: dispatch in substance
    /// (劳务派遣暂行规定 第二十七条).
    /// </summary>
    public int OutsourcedDirected
    {
        get
        {
            if (_outsourcedDirected is { } count)
            {
                return Read("outsourcedDirected", count);
            }

            foreach (var gap in _directedGaps)
            {
                _context.Missing(gap, 0);
            }

            return _context.Missing(_source + ".outsourcedDirected", 0);
        }
    }

    /// <summary>
    /// Total workforce for the dispatch ratio: labour-contract employees plus dispatched workers
    /// (劳务派遣暂行规定 第四条); outsourced and flexible workers do not count.
    /// </summary>
    public int Total => checked(LaborContract + Dispatched);

    private int Read(string field, int? count)
    {
        if (_context.TracksReads)
        {
            _context.Read(_source + "." + field);
            foreach (var source in _sources)
            {
                _context.Read(source);
            }
        }

        return count ?? _context.Missing(_source + "." + field, 0);
    }
}
