using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A safety production liability insurance policy (安全生产责任保险), as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class InsuranceFact
{
    private readonly Insurance _record;
    private readonly int _index;

    internal InsuranceFact(Insurance record, int index)
    {
        _record = record;
        _index = index;
    }

    /// <summary>The insurer.</summary>
    public string Insurer => _record.Insurer ?? EvaluationScope.Missing($"{Path}.insurer", string.Empty);

    /// <summary>First day of cover.</summary>
    public LocalDate From => _record.From ?? EvaluationScope.Missing($"{Path}.from", LocalDate.MinIsoValue);

    /// <summary>Last day of cover.</summary>
    public LocalDate Until => _record.Until ?? EvaluationScope.Missing($"{Path}.until", LocalDate.MinIsoValue);

    private string Path => $"insurance[{_index}]";
}
