namespace Compliance.Snapshots;

/// <summary>How a worker is engaged (用工形式).</summary>
public enum EmploymentForm
{
    /// <summary>An employee under a labour contract with the employer (劳动合同用工).</summary>
    LaborContract,

    /// <summary>A worker dispatched by a labour-dispatch agency (劳务派遣).</summary>
    Dispatched,

    /// <summary>A worker of a contractor under an outsourcing agreement (劳务外包).</summary>
    Outsourced,

    /// <summary>A flexible worker, e.g. through a platform (灵活用工).</summary>
    Flexible,

    /// <summary>A part-time worker (非全日制用工).</summary>
    PartTime,

    /// <summary>An intern (实习).</summary>
    Intern,
}
