using Compliance.Checking;
using Compliance.Snapshots;

namespace Compliance.Expressions;

/// <summary>A mine the employer operates, as rule expressions see it.</summary>
/// <remarks>Reading a value the snapshot does not give makes the rule Indeterminate, naming the fact.</remarks>
/// <threadsafety>Read by one evaluation at a time.</threadsafety>
public sealed class MineFact : IFactRecord
{
    private readonly Mine _record;

    internal MineFact(Mine record) => _record = record;

    /// <summary>The caller's identifier for the mine.</summary>
    public string Id => _record.Id;

    /// <summary>Name of the mine.</summary>
    public string Name => _record.Name ?? EvaluationScope.Missing($"{Path}.name", string.Empty);

    /// <summary>Coal or non-coal mine.</summary>
    public MineKind Kind => _record.Kind ?? EvaluationScope.Missing($"{Path}.kind", default(MineKind));

    /// <summary>Whether the mine works underground (井工) rather than open-pit.</summary>
    public bool Underground => _record.Underground ?? EvaluationScope.Missing($"{Path}.underground", false);

    /// <summary>Approved production capacity in million tonnes a year.</summary>
    public decimal CapacityMtPerYear => _record.CapacityMtPerYear ?? EvaluationScope.Missing($"{Path}.capacityMtPerYear", 0m);

    /// <summary>Whether the mine has severe disaster hazards (灾害严重).</summary>
    public bool SevereHazards => _record.SevereHazards ?? EvaluationScope.Missing($"{Path}.severeHazards", false);

    /// <summary>Levels of management between the group and the mine (管理层级).</summary>
    public int ManagementLevels => _record.ManagementLevels ?? EvaluationScope.Missing($"{Path}.managementLevels", 0);

    /// <summary>Whether intelligent retrofit (智能化改造) has started.</summary>
    public bool IntelligentRetrofitStarted => _record.IntelligentRetrofitStarted ?? EvaluationScope.Missing($"{Path}.intelligentRetrofitStarted", false);

    /// <summary>Safety standardisation grade: 1, 2 or 3; 0 for none.</summary>
    public int StandardisationLevel => _record.StandardisationLevel ?? EvaluationScope.Missing($"{Path}.standardisationLevel", 0);

    /// <summary>Whether a mine leader went underground with every shift (矿领导带班下井) in the last month of records.</summary>
    public bool LeaderOnEveryShift => _record.LeaderOnEveryShift ?? EvaluationScope.Missing($"{Path}.leaderOnEveryShift", false);

    /// <summary>Whether working faces are under video monitoring (“无视频不作业”).</summary>
    public bool VideoMonitoring => _record.VideoMonitoring ?? EvaluationScope.Missing($"{Path}.videoMonitoring", false);

    /// <summary>Whether output exceeded approved capacity (超能力生产).</summary>
    public bool ProducingBeyondCapacity => _record.ProducingBeyondCapacity ?? EvaluationScope.Missing($"{Path}.producingBeyondCapacity", false);

    /// <summary>Working faces not reported to the authority (隐蔽工作面).</summary>
    public int HiddenWorkingFaces => _record.HiddenWorkingFaces ?? EvaluationScope.Missing($"{Path}.hiddenWorkingFaces", 0);

    string IFactRecord.RecordKind => "mine";

    private string Path => $"mines[{_record.Id}]";
}
