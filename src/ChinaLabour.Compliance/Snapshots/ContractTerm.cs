namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The term of a labour contract (劳动合同法 第十二条).</summary>
public enum ContractTerm
{
    /// <summary>A fixed term (固定期限).</summary>
    [Names("固定期限", "固定期限劳动合同", "fixed term", "fixed")]
    FixedTerm,

    /// <summary>No fixed term (无固定期限).</summary>
    [Names("无固定期限", "无固定期限劳动合同", "open ended", "open-ended")]
    OpenEnded,

    /// <summary>For the completion of a task (以完成一定工作任务为期限).</summary>
    [Names("以完成一定工作任务为期限", "完成一定工作任务", "任务期限", "task")]
    TaskBased,
}
