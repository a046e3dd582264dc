using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A worker's overtime in one month, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class OvertimeMonthFact
{
    private readonly OvertimeMonth _record;
    private readonly string _owner;
    private readonly int _index;

    internal OvertimeMonthFact(OvertimeMonth record, string owner, int index)
    {
        _record = record;
        _owner = owner;
        _index = index;
    }

    /// <summary>The month, written yyyy-MM.</summary>
    public YearMonth Month => _record.Month ?? EvaluationScope.Missing($"{Path}.month", new YearMonth(1, 1));

    /// <summary>Overtime hours in the month.</summary>
    public decimal Hours => _record.Hours ?? EvaluationScope.Missing($"{Path}.hours", 0m);

    /// <summary>The most overtime hours worked on any one day of the month.</summary>
    public decimal MaxDailyHours => _record.MaxDailyHours ?? EvaluationScope.Missing($"{Path}.maxDailyHours", 0m);

    /// <summary>Rest days in the month.</summary>
    public int RestDays => _record.RestDays ?? EvaluationScope.Missing($"{Path}.restDays", 0);

    private string Path => $"{_owner}.overtime[{_index}]";
}
