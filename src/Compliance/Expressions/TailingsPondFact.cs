using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A tailings pond (尾矿库) the employer owns, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class TailingsPondFact : IFactRecord
{
    private readonly TailingsPond _record;

    internal TailingsPondFact(TailingsPond record) => _record = record;

    /// <summary>The caller's identifier for the pond.</summary>
    public string Id => _record.Id;

    /// <summary>Name of the pond.</summary>
    public string Name => _record.Name ?? EvaluationScope.Missing($"{Path}.name", string.Empty);

    /// <summary>Whether <see cref="IdleSince"/> is given.</summary>
    public bool HasIdleSince => _record.IdleSince.HasValue;

    /// <summary>Since when the pond has been idle; absent when in use. Read it only when <see cref="HasIdleSince"/> is true.</summary>
    public LocalDate IdleSince => _record.IdleSince ?? EvaluationScope.Missing($"{Path}.idleSince", LocalDate.MaxIsoValue);

    /// <summary>Whether the pond has an operator responsible for it.</summary>
    public bool HasOperator => _record.HasOperator ?? EvaluationScope.Missing($"{Path}.hasOperator", false);

    /// <summary>Whether the pond has been closed (闭库).</summary>
    public bool Closed => _record.Closed ?? EvaluationScope.Missing($"{Path}.closed", false);

    string IFactRecord.RecordKind => "tailingsPond";

    private string Path => $"tailingsPonds[{_record.Id}]";
}
