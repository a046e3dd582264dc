using System;
using System.Text.Json;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// The JSON settings snapshots are read with, for code that binds an <see cref="EmployerSnapshot"/> itself, such as an
/// ASP.NET Core endpoint: camelCase names, dates as <c>yyyy-MM-dd</c>, enums by their camelCase names, comments and
/// trailing commas allowed, unknown members refused.
/// </summary>
/// <remarks>
/// <para>
/// A deserializer stops at the first mistake and, in ASP.NET Core's binder, answers 400 without saying where it was.
/// <see cref="SnapshotReader.ReadJson"/> reads with the same settings and gives every mistake with its line, column
/// and JSON path; prefer it where the sender needs to know what to fix.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; <see cref="Default"/> is read-only and safe to share across threads.</threadsafety>
public static class SnapshotJsonOptions
{
    /// <summary>The settings <see cref="SnapshotReader"/> uses, read-only.</summary>
    public static JsonSerializerOptions Default => SnapshotJson.Options;

    /// <summary>
    /// Gives <paramref name="options"/> the snapshot settings, e.g. ASP.NET Core's
    /// <c>ConfigureHttpJsonOptions(o => SnapshotJsonOptions.ApplyTo(o.SerializerOptions))</c>.
    /// </summary>
    /// <remarks>
    /// The settings then hold for every type those options read and write, not only snapshots: unknown members are
    /// refused, enums are written by name, and nulls are left out. The snapshot types are resolved first; the
    /// resolvers the options already have serve every other type.
    /// </remarks>
    /// <param name="options">Options not yet used (System.Text.Json makes options read-only at first use).</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only.</exception>
    public static JsonSerializerOptions ApplyTo(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SnapshotJson.Configure(options);
        return options;
    }
}
