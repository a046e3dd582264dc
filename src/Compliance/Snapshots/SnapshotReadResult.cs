using System.Diagnostics.CodeAnalysis;

namespace Compliance.Snapshots;

/// <summary>A snapshot, or why it could not be read.</summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class SnapshotReadResult
{
    private SnapshotReadResult(EmployerSnapshot? snapshot, SnapshotError? error)
    {
        Snapshot = snapshot;
        Error = error;
    }

    /// <summary>The snapshot; <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public EmployerSnapshot? Snapshot { get; }

    /// <summary>What went wrong; <see langword="null"/> on success.</summary>
    public SnapshotError? Error { get; }

    /// <summary>Whether the snapshot was read.</summary>
    [MemberNotNullWhen(true, nameof(Snapshot))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Snapshot is not null;

    internal static SnapshotReadResult Read(EmployerSnapshot snapshot) => new(snapshot, null);

    internal static SnapshotReadResult Failed(SnapshotError error) => new(null, error);
}
