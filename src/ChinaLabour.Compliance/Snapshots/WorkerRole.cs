namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A worker's role in safety management, for the training of the "three posts" (三类人员).</summary>
public enum WorkerRole
{
    /// <summary>The principal person in charge (主要负责人).</summary>
    [Names("主要负责人", "负责人")]
    Principal,

    /// <summary>A safety management staff member (安全生产管理人员).</summary>
    [Names("安全生产管理人员", "安全管理人员", "安全员", "safety manager")]
    SafetyManager,

    /// <summary>Anyone else.</summary>
    [Names("其他", "一般从业人员", "从业人员")]
    Other,
}
