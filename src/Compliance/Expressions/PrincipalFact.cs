using System.Linq;
using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A principal person in charge (主要负责人) of the employer, present or past, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class PrincipalFact : IFactRecord
{
    private readonly Principal _record;
    private FactSet<PenaltyFact>? _penalties;

    internal PrincipalFact(Principal record) => _record = record;

    /// <summary>The caller's identifier for the person.</summary>
    public string Id => _record.Id;

    /// <summary>Name.</summary>
    public string Name => _record.Name ?? EvaluationScope.Missing($"{Path}.name", string.Empty);

    /// <summary>First day in the role.</summary>
    public LocalDate Since => _record.Since ?? EvaluationScope.Missing($"{Path}.since", LocalDate.MinIsoValue);

    /// <summary>Whether <see cref="Until"/> is given.</summary>
    public bool HasUntil => _record.Until.HasValue;

    /// <summary>Last day in the role; absent while serving. Read it only when <see cref="HasUntil"/> is true.</summary>
    public LocalDate Until => _record.Until ?? EvaluationScope.Missing($"{Path}.until", LocalDate.MaxIsoValue);

    /// <summary>Penalties and findings against the person.</summary>
    public FactSet<PenaltyFact> Penalties => _record.Penalties is { } items
        ? _penalties ??= new FactSet<PenaltyFact>(items.Select((x, i) => new PenaltyFact(x, Path, i)).ToArray())
        : EvaluationScope.Missing($"{Path}.penalties", FactSet<PenaltyFact>.Empty);

    string IFactRecord.RecordKind => "principal";

    private string Path => $"principals[{_record.Id}]";
}
