namespace ChinaLabour.Compliance.Snapshots;

/// <summary>The grade of a production safety accident.</summary>
public enum AccidentGrade
{
    /// <summary>一般事故.</summary>
    [Names("一般", "一般事故")]
    General,

    /// <summary>较大事故.</summary>
    [Names("较大", "较大事故")]
    Larger,

    /// <summary>重大事故.</summary>
    [Names("重大", "重大事故")]
    Major,

    /// <summary>特别重大事故.</summary>
    [Names("特别重大", "特别重大事故", "especially major")]
    EspeciallyMajor,
}
