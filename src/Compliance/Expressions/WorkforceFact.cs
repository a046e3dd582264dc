namespace Compliance.Expressions;

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
    private readonly EvaluationContext _context;

    internal WorkforceFact(int? laborContract, int? dispatched, int? outsourced, int? flexible, EvaluationContext context)
    {
        _laborContract = laborContract;
        _dispatched = dispatched;
        _outsourced = outsourced;
        _flexible = flexible;
        _context = context;
    }

    /// <summary>Employees under labour contracts.</summary>
    public int LaborContract => _laborContract ?? _context.Missing("workforce.laborContract", 0);

    /// <summary>Dispatched workers.</summary>
    public int Dispatched => _dispatched ?? _context.Missing("workforce.dispatched", 0);

    /// <summary>Outsourced workers.</summary>
    public int Outsourced => _outsourced ?? _context.Missing("workforce.outsourced", 0);

    /// <summary>Flexible workers.</summary>
    public int Flexible => _flexible ?? _context.Missing("workforce.flexible", 0);

    /// <summary>
    /// Total workforce for the dispatch ratio: labour-contract employees plus dispatched workers
    /// (劳务派遣暂行规定 第四条); outsourced and flexible workers do not count.
    /// </summary>
    public int Total => LaborContract + Dispatched;
}
