namespace ChinaLabour.Compliance.Snapshots;

/// <summary>How a worker is engaged (用工形式).</summary>
public enum EmploymentForm
{
    /// <summary>An employee under a labour contract with the employer (劳动合同用工).</summary>
    [Names("劳动合同", "劳动合同用工", "合同制", "合同工", "正式工", "全日制", "全日制用工", "labour contract", "labor contract")]
    LaborContract,

    /// <summary>A worker dispatched by a labour-dispatch agency (劳务派遣).</summary>
    [Names("劳务派遣", "派遣", "派遣工", "劳务派遣工", "被派遣劳动者", "dispatch")]
    Dispatched,

    /// <summary>A worker of a contractor under an outsourcing agreement (劳务外包).</summary>
    [Names("劳务外包", "外包", "业务外包", "outsourcing")]
    Outsourced,

    /// <summary>A flexible worker, e.g. through a platform (灵活用工).</summary>
    [Names("灵活用工", "灵活就业", "灵活")]
    Flexible,

    /// <summary>A part-time worker (非全日制用工).</summary>
    [Names("非全日制", "非全日制用工", "兼职", "小时工", "part time")]
    PartTime,

    /// <summary>An intern (实习).</summary>
    [Names("实习", "实习生", "学徒", "internship")]
    Intern,
}
