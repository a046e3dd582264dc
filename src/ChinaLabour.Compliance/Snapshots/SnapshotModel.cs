using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using NodaTime;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// The snapshot records read once by reflection: every record from <see cref="EmployerSnapshot"/> down, with its
/// fields in declaration order and what their attributes declare. The spreadsheet vocabulary, the blank-id check,
/// the JSON Schema and the docs derive from it; the views rules read are generated from the same declarations at
/// build time (Compliance.Generators).
/// </summary>
/// <threadsafety>Immutable once built; safe to share across threads.</threadsafety>
internal static class SnapshotModel
{
    private static readonly ConcurrentDictionary<Type, SnapshotRecord> s_records = new();

    /// <summary>The snapshot itself.</summary>
    public static SnapshotRecord Root => Of(typeof(EmployerSnapshot));

    /// <summary>Every record reachable from the snapshot, the snapshot first, then in the order fields name them.</summary>
    public static IReadOnlyList<SnapshotRecord> Records { get; } = Walk();

    /// <summary>Every enumeration a field holds, in the order fields first name them.</summary>
    public static IReadOnlyList<Type> Enums { get; } =
        Records.SelectMany(r => r.Fields).Select(f => f.ValueType).Where(t => t.IsEnum).Distinct().ToArray();

    /// <summary>The model of <paramref name="type"/>, a snapshot record.</summary>
    public static SnapshotRecord Of(Type type) => s_records.GetOrAdd(type, Read);

    /// <summary>Other names of an enumeration value (<see cref="NamesAttribute"/> on the member).</summary>
    public static IReadOnlyList<string> NamesOf(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<NamesAttribute>()?.Names ?? [];

    /// <summary>The camelCase name the snapshot writes an enumeration value with.</summary>
    public static string JsonNameOf(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static SnapshotRecord Read(Type type)
    {
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .OrderBy(p => p.MetadataToken)
            .Select(Field)
            .ToArray();
        return new SnapshotRecord(type, fields, type.GetCustomAttribute<NamesAttribute>()?.Names ?? []);
    }

    private static SnapshotField Field(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var names = property.GetCustomAttribute<NamesAttribute>()?.Names ?? [];
        var json = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return new SnapshotField(property, json, SnapshotFieldShape.List, type.GetGenericArguments()[0], names);
        }

        var isValue = type.IsValueType || type == typeof(string) || type == typeof(LocalDate) || type == typeof(YearMonth);
        return new SnapshotField(property, json, isValue ? SnapshotFieldShape.Value : SnapshotFieldShape.Record, type, names);
    }

    private static SnapshotRecord[] Walk()
    {
        var seen = new List<SnapshotRecord>();
        var queue = new Queue<Type>([typeof(EmployerSnapshot)]);
        while (queue.Count > 0)
        {
            var record = Of(queue.Dequeue());
            if (seen.Contains(record))
            {
                continue;
            }

            seen.Add(record);
            foreach (var field in record.Fields.Where(f => f.Shape != SnapshotFieldShape.Value))
            {
                queue.Enqueue(field.ValueType);
            }
        }

        return seen.ToArray();
    }
}
