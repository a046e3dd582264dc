using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A hidden danger (事故隐患) found at the employer, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class HiddenDangerFact : IFactRecord
{
    private readonly HiddenDanger _record;

    internal HiddenDangerFact(HiddenDanger record) => _record = record;

    /// <summary>The caller's identifier for the hidden danger.</summary>
    public string Id => _record.Id;

    /// <summary>Whether it is a major hidden danger (重大事故隐患).</summary>
    public bool Major => _record.Major ?? EvaluationScope.Missing($"{Path}.major", false);

    /// <summary>When it was found.</summary>
    public LocalDate Found => _record.Found ?? EvaluationScope.Missing($"{Path}.found", LocalDate.MinIsoValue);

    /// <summary>Whether rectification measures are set (措施到位).</summary>
    public bool Measures => _record.Measures ?? EvaluationScope.Missing($"{Path}.measures", false);

    /// <summary>Whether a responsible person is named (责任到位).</summary>
    public bool Responsibility => _record.Responsibility ?? EvaluationScope.Missing($"{Path}.responsibility", false);

    /// <summary>Whether funds are allocated (资金到位).</summary>
    public bool Funds => _record.Funds ?? EvaluationScope.Missing($"{Path}.funds", false);

    /// <summary>Whether <see cref="Deadline"/> is given.</summary>
    public bool HasDeadline => _record.Deadline.HasValue;

    /// <summary>The rectification deadline (时限到位); absent when none is set. Read it only when <see cref="HasDeadline"/> is true.</summary>
    public LocalDate Deadline => _record.Deadline ?? EvaluationScope.Missing($"{Path}.deadline", LocalDate.MaxIsoValue);

    /// <summary>Whether an emergency plan for it exists (预案到位).</summary>
    public bool Plan => _record.Plan ?? EvaluationScope.Missing($"{Path}.plan", false);

    /// <summary>Whether it was reported to the supervising authority.</summary>
    public bool ReportedToAuthority => _record.ReportedToAuthority ?? EvaluationScope.Missing($"{Path}.reportedToAuthority", false);

    /// <summary>Whether it was reported to the workers' congress (职工大会或职工代表大会).</summary>
    public bool ReportedToWorkersCongress => _record.ReportedToWorkersCongress ?? EvaluationScope.Missing($"{Path}.reportedToWorkersCongress", false);

    /// <summary>Whether <see cref="Rectified"/> is given.</summary>
    public bool HasRectified => _record.Rectified.HasValue;

    /// <summary>When it was rectified; absent while open. Read it only when <see cref="HasRectified"/> is true.</summary>
    public LocalDate Rectified => _record.Rectified ?? EvaluationScope.Missing($"{Path}.rectified", LocalDate.MaxIsoValue);

    string IFactRecord.RecordKind => "hiddenDanger";

    private string Path => $"hiddenDangers[{_record.Id}]";
}
