using System.Text.Json.Serialization;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Source-generated metadata for snapshots: no reflection at run time, faster first read.</summary>
[JsonSerializable(typeof(EmployerSnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext
{
}
