using System;
using System.Collections.Generic;
using System.Linq;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>A snapshot record and its fields, in declaration order.</summary>
/// <param name="Type">The record's type.</param>
/// <param name="Fields">Its fields.</param>
/// <param name="Names">Other names of the table its rows fill, for the snapshot itself (the employers table).</param>
internal sealed record SnapshotRecord(Type Type, IReadOnlyList<SnapshotField> Fields, IReadOnlyList<string> Names)
{
    /// <summary>The record's identity field, if it has one.</summary>
    public SnapshotField? Identity => Fields.FirstOrDefault(f => f.IsIdentity);
}
