namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// A view that knows where its record is in the snapshot (<c>workers[W1].trainings[T1]</c>), written when first asked:
/// only a missing fact, a traced read or a record named as evidence needs it, and writing it for every view of every
/// check was a twentieth of what a check allocated (measured).
/// </summary>
internal interface IFactPath
{
    /// <summary>Where the record is in the snapshot.</summary>
    string Path { get; }
}
