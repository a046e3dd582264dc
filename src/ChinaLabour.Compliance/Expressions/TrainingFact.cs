using ChinaLabour.Compliance.Snapshots;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>What rules read of a training beyond the record's own fields.</summary>
internal sealed partial class TrainingFact
{
    /// <summary>
    /// Whether it is work-safety education or training as 安全生产法 第二十八条 means it: safety, three-level, refresher
    /// or special-operation training; occupational-health, fire and other trainings are not.
    /// </summary>
    public bool IsSafety => IsSafetyKind(Kind);

    /// <summary>Whether a training of <paramref name="kind"/> is work-safety training (<see cref="IsSafety"/>).</summary>
    internal static bool IsSafetyKind(TrainingKind kind) =>
        kind is TrainingKind.Safety or TrainingKind.ThreeLevel or TrainingKind.Refresher or TrainingKind.SpecialOperation;
}
