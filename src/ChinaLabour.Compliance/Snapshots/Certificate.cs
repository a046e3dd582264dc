using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A special-operation certificate (特种作业操作证) a worker holds.</summary>
public sealed record Certificate
{
    /// <summary>The special-operation category from the national catalogue, e.g. 电工作业, 焊接与热切割作业.</summary>
    [Names("作业类别", "特种作业类别", "证书类别")]
    public string? Category { get; init; }

    /// <summary>The certificate number.</summary>
    [Names("证书编号", "证号")]
    public string? Number { get; init; }

    /// <summary>First day the certificate is valid.</summary>
    [Names("有效期起", "有效期开始", "发证日期")]
    public LocalDate? ValidFrom { get; init; }

    /// <summary>Last day the certificate is valid.</summary>
    [Names("有效期至", "有效期截止", "有效期结束")]
    public LocalDate? ValidUntil { get; init; }

    /// <summary>Whether the certificate was verified as genuine with the issuing authority.</summary>
    [Names("真实有效", "证书真实")]
    public bool? Genuine { get; init; }
}
