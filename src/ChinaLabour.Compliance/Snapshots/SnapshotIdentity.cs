using System.Collections;
using System.Linq;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Finds a record whose id is blank: identity is the one thing a snapshot must give.</summary>
internal static class SnapshotIdentity
{
    /// <summary>The JSON path of the first blank id, or null when every record has one.</summary>
    /// <remarks>Checks the enterprise and every list of the snapshot whose records have an <c>Id</c> (<see cref="SnapshotModel"/>).</remarks>
    public static string? FindBlank(EmployerSnapshot snapshot)
    {
        if (Blank(snapshot.Enterprise?.Id))
        {
            return "$.enterprise.id";
        }

        foreach (var list in SnapshotModel.Root.Fields.Where(f => f.Shape == SnapshotFieldShape.List && f.Record!.Identity is not null))
        {
            if (list.Property.GetValue(snapshot) is not IList records)
            {
                continue;
            }

            // Every record is there: a null one is found first, and named as such (NullRecords).
            var identity = list.Record!.Identity!.Property;
            for (var i = 0; i < records.Count; i++)
            {
                if (Blank(identity.GetValue(records[i]) as string))
                {
                    return $"$.{list.JsonName}[{i}].id";
                }
            }
        }

        return null;
    }

    private static bool Blank(string? id) => string.IsNullOrWhiteSpace(id);
}
