using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A penalty or finding against a principal, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class PenaltyFact
{
    private readonly Penalty _record;
    private readonly string _owner;
    private readonly int _index;

    internal PenaltyFact(Penalty record, string owner, int index)
    {
        _record = record;
        _owner = owner;
        _index = index;
    }

    /// <summary>What it was.</summary>
    public PenaltyKind Kind => _record.Kind ?? EvaluationScope.Missing($"{Path}.kind", default(PenaltyKind));

    /// <summary>When it took effect.</summary>
    public LocalDate Date => _record.Date ?? EvaluationScope.Missing($"{Path}.date", LocalDate.MinIsoValue);

    /// <summary>GB/T 4754-2017 code of the industry of the employer concerned.</summary>
    public string Industry => _record.Industry ?? EvaluationScope.Missing($"{Path}.industry", string.Empty);

    /// <summary>For main responsibility for an accident: its grade.</summary>
    public AccidentGrade AccidentGrade => _record.AccidentGrade ?? EvaluationScope.Missing($"{Path}.accidentGrade", default(AccidentGrade));

    private string Path => $"{_owner}.penalties[{_index}]";
}
