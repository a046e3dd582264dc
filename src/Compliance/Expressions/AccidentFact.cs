using Compliance.Checking;
using Compliance.Snapshots;
using NodaTime;

namespace Compliance.Expressions;

/// <summary>A production safety accident at the employer, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class AccidentFact : IFactRecord
{
    private readonly Accident _record;

    internal AccidentFact(Accident record) => _record = record;

    /// <summary>The caller's identifier for the accident.</summary>
    public string Id => _record.Id;

    /// <summary>When it happened.</summary>
    public LocalDate Date => _record.Date ?? EvaluationScope.Missing($"{Path}.date", LocalDate.MinIsoValue);

    /// <summary>People killed.</summary>
    public int Deaths => _record.Deaths ?? EvaluationScope.Missing($"{Path}.deaths", 0);

    /// <summary>General, larger, major or especially major (一般、较大、重大、特别重大).</summary>
    public AccidentGrade Grade => _record.Grade ?? EvaluationScope.Missing($"{Path}.grade", default(AccidentGrade));

    /// <summary>Whether it was reported to the safety authority.</summary>
    public bool ReportedToAuthority => _record.ReportedToAuthority ?? EvaluationScope.Missing($"{Path}.reportedToAuthority", false);

    /// <summary>Whether it was reported to the police.</summary>
    public bool ReportedToPolice => _record.ReportedToPolice ?? EvaluationScope.Missing($"{Path}.reportedToPolice", false);

    /// <summary>Hours from the accident to the report.</summary>
    public decimal HoursToReport => _record.HoursToReport ?? EvaluationScope.Missing($"{Path}.hoursToReport", 0m);

    string IFactRecord.RecordKind => "accident";

    private string Path => $"accidents[{_record.Id}]";
}
