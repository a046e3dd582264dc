using System.Diagnostics.CodeAnalysis;

namespace Compliance.Snapshots;

/// <summary>A snapshot, or why it could not be read.</summary>
/// <param name="Snapshot">The snapshot; <see langword="null"/> when <see cref="Error"/> is set.</param>
/// <param name="Error">What went wrong; <see langword="null"/> on success.</param>
public sealed record SnapshotReadResult(EmployerSnapshot? Snapshot, SnapshotError? Error)
{
    /// <summary>Whether the snapshot was read.</summary>
    [MemberNotNullWhen(true, nameof(Snapshot))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Snapshot is not null;
}
