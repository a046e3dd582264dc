namespace Compliance.Snapshots;

/// <summary>The grade of a production safety accident.</summary>
public enum AccidentGrade
{
    /// <summary>一般事故.</summary>
    General,

    /// <summary>较大事故.</summary>
    Larger,

    /// <summary>重大事故.</summary>
    Major,

    /// <summary>特别重大事故.</summary>
    EspeciallyMajor,
}
