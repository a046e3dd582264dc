using Compliance.Checking;
using Compliance.Snapshots;

namespace Compliance.Expressions;

/// <summary>A place the employer operates in, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class PremisesFact : IFactRecord
{
    private readonly Premises _record;

    internal PremisesFact(Premises record) => _record = record;

    /// <summary>The caller's identifier for the premises.</summary>
    public string Id => _record.Id;

    /// <summary>Name.</summary>
    public string Name => _record.Name ?? EvaluationScope.Missing($"{Path}.name", string.Empty);

    /// <summary>Whether it is inside a civil air-defence work (人防工程).</summary>
    public bool InCivilAirDefenceWork => _record.InCivilAirDefenceWork ?? EvaluationScope.Missing($"{Path}.inCivilAirDefenceWork", false);

    /// <summary>Whether food is cooked or served there.</summary>
    public bool Catering => _record.Catering ?? EvaluationScope.Missing($"{Path}.catering", false);

    /// <summary>Whether combustible gas is used there.</summary>
    public bool UsesGas => _record.UsesGas ?? EvaluationScope.Missing($"{Path}.usesGas", false);

    /// <summary>Whether combustible-gas alarms are installed.</summary>
    public bool GasAlarm => _record.GasAlarm ?? EvaluationScope.Missing($"{Path}.gasAlarm", false);

    /// <summary>Whether any safety exit or evacuation route is closed or locked.</summary>
    public bool ExitsClosed => _record.ExitsClosed ?? EvaluationScope.Missing($"{Path}.exitsClosed", false);

    /// <summary>Whether it is a self-built house (自建房).</summary>
    public bool SelfBuiltHouse => _record.SelfBuiltHouse ?? EvaluationScope.Missing($"{Path}.selfBuiltHouse", false);

    /// <summary>Whether it is used for business.</summary>
    public bool BusinessUse => _record.BusinessUse ?? EvaluationScope.Missing($"{Path}.businessUse", false);

    /// <summary>Whether the building has its approval (审批手续).</summary>
    public bool BuildingApproval => _record.BuildingApproval ?? EvaluationScope.Missing($"{Path}.buildingApproval", false);

    /// <summary>Whether it holds a house safety appraisal certificate (房屋安全鉴定合格证明).</summary>
    public bool SafetyAppraisal => _record.SafetyAppraisal ?? EvaluationScope.Missing($"{Path}.safetyAppraisal", false);

    /// <summary>Whether fire facilities are complete and working.</summary>
    public bool FireFacilitiesIntact => _record.FireFacilitiesIntact ?? EvaluationScope.Missing($"{Path}.fireFacilitiesIntact", false);

    string IFactRecord.RecordKind => "premises";

    private string Path => $"premises[{_record.Id}]";
}
