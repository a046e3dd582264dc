using System.Collections.Generic;
using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A principal person in charge (主要负责人) of the employer, present or past.</summary>
public sealed record Principal
{
    /// <summary>The caller's identifier for the person.</summary>
    [Names("principalId", "负责人编号")]
    public required string Id { get; init; }

    /// <summary>Name.</summary>
    [Personal(PersonalKind.Name)]
    [Names("姓名", "负责人姓名")]
    public string? Name { get; init; }

    /// <summary>First day in the role.</summary>
    [Names("任职日期", "任职起始日期")]
    public LocalDate? Since { get; init; }

    /// <summary>Last day in the role; absent while serving.</summary>
    [AbsentMeansNone]
    [Names("离任日期", "任职截止日期")]
    public LocalDate? Until { get; init; }

    /// <summary>Penalties and findings against the person.</summary>
    [Names("处罚", "负责人处罚", "处罚记录")]
    public IReadOnlyList<Penalty>? Penalties { get; init; }
}
