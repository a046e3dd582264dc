using System.Collections.Generic;

namespace Compliance.Snapshots;

/// <summary>Finds a record whose id is blank: identity is the one thing a snapshot must give.</summary>
internal static class SnapshotIdentity
{
    /// <summary>The JSON path of the first blank id, or null when every record has one.</summary>
    public static string? FindBlank(EmployerSnapshot snapshot)
    {
        if (Blank(snapshot.Enterprise?.Id))
        {
            return "$.enterprise.id";
        }

        return First("posts", snapshot.Posts, p => p.Id)
            ?? First("workers", snapshot.Workers, w => w.Id)
            ?? First("mines", snapshot.Mines, m => m.Id)
            ?? First("tailingsPonds", snapshot.TailingsPonds, t => t.Id)
            ?? First("hiddenDangers", snapshot.HiddenDangers, h => h.Id)
            ?? First("accidents", snapshot.Accidents, a => a.Id)
            ?? First("principals", snapshot.Principals, p => p.Id)
            ?? First("workingHourSchedules", snapshot.WorkingHourSchedules, s => s.Id)
            ?? First("vehicles", snapshot.Vehicles, v => v.Id)
            ?? First("premises", snapshot.Premises, p => p.Id);
    }

    private static string? First<T>(string name, IReadOnlyList<T?>? records, System.Func<T, string?> id)
        where T : class
    {
        for (var i = 0; i < (records?.Count ?? 0); i++)
        {
            if (records![i] is not { } record || Blank(id(record)))
            {
                return $"$.{name}[{i}].id";
            }
        }

        return null;
    }

    private static bool Blank(string? id) => string.IsNullOrWhiteSpace(id);
}
