using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A snapshot, or why it could not be read.</summary>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed class SnapshotReadResult
{
    private SnapshotReadResult(EmployerSnapshot? snapshot, IReadOnlyList<SnapshotError> errors)
    {
        Snapshot = snapshot;
        Errors = errors;
        Error = errors.Count > 0 ? errors[0] : null;
    }

    /// <summary>The snapshot; <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public EmployerSnapshot? Snapshot { get; }

    /// <summary>What went wrong first; <see langword="null"/> on success.</summary>
    public SnapshotError? Error { get; }

    /// <summary>Everything that went wrong, in the order it is written; empty on success.</summary>
    public IReadOnlyList<SnapshotError> Errors { get; }

    /// <summary>Whether the snapshot was read.</summary>
    [MemberNotNullWhen(true, nameof(Snapshot))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Snapshot is not null;

    internal static SnapshotReadResult Read(EmployerSnapshot snapshot) => new(snapshot, []);

    internal static SnapshotReadResult Failed(SnapshotError error) => new(null, [error]);

    internal static SnapshotReadResult Failed(IReadOnlyList<SnapshotError> errors) => new(null, errors);
}
