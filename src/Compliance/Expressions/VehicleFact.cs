using Compliance.Checking;
using Compliance.Snapshots;

namespace Compliance.Expressions;

/// <summary>A road vehicle the employer operates, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class VehicleFact : IFactRecord
{
    private readonly Vehicle _record;

    internal VehicleFact(Vehicle record) => _record = record;

    /// <summary>The caller's identifier, e.g. the plate.</summary>
    public string Id => _record.Id;

    /// <summary>Long-distance coach, tourist coach, hazardous-goods vehicle or other.</summary>
    public VehicleKind Kind => _record.Kind ?? EvaluationScope.Missing($"{Path}.kind", default(VehicleKind));

    /// <summary>Whether an intelligent video monitoring and alarm device is fitted.</summary>
    public bool VideoAlarm => _record.VideoAlarm ?? EvaluationScope.Missing($"{Path}.videoAlarm", false);

    /// <summary>Whether an anti-collision device is fitted.</summary>
    public bool AntiCollision => _record.AntiCollision ?? EvaluationScope.Missing($"{Path}.antiCollision", false);

    string IFactRecord.RecordKind => "vehicle";

    private string Path => $"vehicles[{_record.Id}]";
}
