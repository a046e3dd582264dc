namespace ChinaLabour.Compliance.Catalogue;

/// <summary>How a clause of a source document stands in the catalogue.</summary>
public enum CoverageStatus
{
    /// <summary>The clause binds the employer and its records can show it kept or broken: it has rules.</summary>
    Encoded,

    /// <summary>The clause binds party committees, governments or departments, not the employer.</summary>
    GovernmentDuty,

    /// <summary>The clause binds the employer, but no record can show it kept or broken.</summary>
    NotCheckable,
}
