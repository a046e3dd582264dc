using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A special-operation certificate (特种作业操作证) a worker holds, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class CertificateFact
{
    private readonly Certificate _record;
    private readonly string _owner;
    private readonly int _index;

    internal CertificateFact(Certificate record, string owner, int index)
    {
        _record = record;
        _owner = owner;
        _index = index;
    }

    /// <summary>The special-operation category from the national catalogue, e.g. 电工作业, 焊接与热切割作业.</summary>
    public string Category => _record.Category ?? EvaluationScope.Missing($"{Path}.category", string.Empty);

    /// <summary>The certificate number.</summary>
    public string Number => _record.Number ?? EvaluationScope.Missing($"{Path}.number", string.Empty);

    /// <summary>First day the certificate is valid.</summary>
    public LocalDate ValidFrom => _record.ValidFrom ?? EvaluationScope.Missing($"{Path}.validFrom", LocalDate.MinIsoValue);

    /// <summary>Last day the certificate is valid.</summary>
    public LocalDate ValidUntil => _record.ValidUntil ?? EvaluationScope.Missing($"{Path}.validUntil", LocalDate.MinIsoValue);

    /// <summary>Whether the certificate was verified as genuine with the issuing authority.</summary>
    public bool Genuine => _record.Genuine ?? EvaluationScope.Missing($"{Path}.genuine", false);

    private string Path => $"{_owner}.certificates[{_index}]";
}
