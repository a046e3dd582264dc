namespace Compliance.Snapshots;

/// <summary>A worker's role in safety management, for the training of the "three posts" (三类人员).</summary>
public enum WorkerRole
{
    /// <summary>The principal person in charge (主要负责人).</summary>
    Principal,

    /// <summary>A safety management staff member (安全生产管理人员).</summary>
    SafetyManager,

    /// <summary>Anyone else.</summary>
    Other,
}
