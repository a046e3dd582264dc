using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Snapshots;

namespace Compliance.Tests.Support;

/// <summary>
/// The paths reports name facts by (<c>workers[W1].trainings[0].date</c>, <c>management.lastDrill</c>) resolved in a
/// snapshot's JSON and in the snapshot model.
/// </summary>
internal static partial class SnapshotPaths
{
    /// <summary>Removes the fact at <paramref name="path"/>; <c>a+b</c> removes both. False when there is nothing to remove there.</summary>
    public static bool Remove(JsonObject snapshot, string path)
    {
        var removed = false;
        foreach (var part in path.Split('+'))
        {
            var segments = Segments(part);
            if (segments.Count == 0 || segments[^1].Key is not null)
            {
                continue; // a whole record is not a fact of it
            }

            JsonNode? node = snapshot;
            foreach (var (name, key) in segments.Take(segments.Count - 1))
            {
                node = node is JsonObject o ? o[name] : null;
                node = key is null ? node : Element(node as JsonArray, key);
            }

            if (node is JsonObject owner && owner.ContainsKey(segments[^1].Name))
            {
                owner.Remove(segments[^1].Name);
                removed = true;
            }
        }

        return removed;
    }

    /// <summary>Whether the snapshot declares that the field at <paramref name="path"/>, absent, means "none".</summary>
    public static bool AbsenceMeansNone(string path)
    {
        var record = SnapshotModel.Root;
        SnapshotField? field = null;
        foreach (var (name, _) in Segments(path.Split('+')[0]))
        {
            field = record?.Fields.FirstOrDefault(f => f.JsonName == name);
            record = field?.Record;
        }

        return field?.AbsentMeansNone == true;
    }

    private static List<(string Name, string? Key)> Segments(string path) =>
        Segment().Matches(path).Select(m => (m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null)).ToList();

    private static JsonNode? Element(JsonArray? items, string key)
    {
        if (items is null)
        {
            return null;
        }

        return items.FirstOrDefault(i => i is JsonObject o && o["id"]?.ToString() == key)
            ?? (int.TryParse(key, out var index) && index < items.Count ? items[index] : null);
    }

    [GeneratedRegex(@"([A-Za-z]+)(?:\[([^\]]*)\])?")]
    private static partial Regex Segment();
}
